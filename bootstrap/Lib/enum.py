"""Enumerations for PyPack, written from the documented behaviour of CPython 3.11's enum.

A class body of an enum runs in an _EnumNamespace (EnumType.__prepare__), which records the
member names in order and resolves auto() as each line runs. EnumType.__new__ then builds the
class without them and turns each recorded value into a member.
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'member', 'nonmember', 'property', 'unique', 'verify', 'global_enum',
           'global_enum_repr', 'global_flag_repr', 'global_str', 'FlagBoundary', 'STRICT',
           'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

# This module defines its own property and bin; keep the builtins at hand.
_builtin_property = property
_builtin_bin = bin

# Set once the classes exist; EnumType consults them while they are being defined.
Enum = ReprEnum = Flag = None


# ---------------------------------------------------------------- small helpers

def _is_dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__') \
        and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == '_' and name[-1] == '_' \
        and name[1] != '_' and name[-2] != '_'


def _is_mangled(class_name, name):
    # A private name of the class body (__x written as _Cls__x) is an attribute, not a member.
    prefix = '_' + class_name + '__'
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _split_names(text):
    return text.replace(',', ' ').split()


def _single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _bits(value):
    """The powers of two in a non-negative int, lowest first."""
    found = []
    while value:
        lowest = value & -value
        found.append(lowest)
        value ^= lowest
    return found


def _deprecated(text, stacklevel):
    import warnings
    try:
        warnings.warn(text, DeprecationWarning, stacklevel=stacklevel + 1)
    except NotImplementedError:
        # PyPack's warnings cannot name the caller's line, so it cannot print this one; a
        # warnings filter set to 'error' still raises above.
        pass


def show_flag_values(value):
    return _bits(value)


def bin(num, max_bits=None):
    """bin() with the sign as its own digit ('0b1 011' is -5): negative numbers in two's
    complement, padded with the sign digit to max_bits."""
    width = num.bit_length()
    sign = '1' if num < 0 else '0'
    if num < 0:
        digits = _builtin_bin(num + (1 << width))[2:].zfill(width)
    elif num:
        digits = _builtin_bin(num)[2:]
    else:
        digits = ''
    if max_bits is not None and len(digits) < max_bits:
        digits = sign * (max_bits - len(digits)) + digits
    return '0b' + sign + ' ' + digits


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A member value to be computed by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Makes a value a member even if it would not be one (a function, for instance)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value of the class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """name and value (and members named like a base's property): on a member, the computed
    attribute; on the class, the member of that name."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self._owner_name = None

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __set_name__(self, owner, name):
        self.name = name
        self._owner_name = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            found = owner.__dict__.get('_member_map_', {}).get(self.name)
            if found is None:
                raise AttributeError('%r has no attribute %r' % (owner, self.name))
            return found
        if self.fget is not None:
            return self.fget(instance)
        found = type(instance)._member_map_.get(self.name)
        if found is None:
            raise AttributeError('%r member has no attribute %r' % (type(instance), self.name))
        return found

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self._owner_name, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self._owner_name, self.name))
        self.fdel(instance)


class mappingproxy:
    """EnumType.__members__: a read-only view of name -> member, aliases included (PyPack has
    no types.MappingProxyType)."""
    __module__ = 'builtins'

    def __init__(self, members):
        self._members = members

    def __getitem__(self, name):
        return self._members[name]

    def __contains__(self, name):
        return name in self._members

    def __iter__(self):
        return iter(self._members)

    def __len__(self):
        return len(self._members)

    def __eq__(self, other):
        return self._members == other

    def get(self, name, default=None):
        return self._members.get(name, default)

    def keys(self):
        return self._members.keys()

    def values(self):
        return self._members.values()

    def items(self):
        return self._members.items()

    def copy(self):
        return dict(self._members)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._members,)

    def __str__(self):
        return str(self._members)


# ---------------------------------------------------------------- the class body

_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'])


class _EnumNamespace(dict):
    """Namespace of an enum's class body: decides, as each name is bound, whether it is a member."""

    def __init__(self, class_name, next_value):
        super().__init__()
        self._class_name = class_name
        self._next_value = next_value
        self._member_order = []
        self._member_values = []
        self._ignored = []
        self._auto_used = False

    def _resolve_auto(self, name, value):
        # Each auto() counts as a value seen, so auto() inside tuples follows the earlier ones.
        if value.value is _auto_null:
            value.value = self._next_value(name, 1, len(self._member_order), self._member_values[:])
            self._auto_used = True
        self._member_values.append(value.value)
        return value.value

    def __setitem__(self, name, value):
        if _is_mangled(self._class_name, name):
            pass
        elif _is_sunder(name):
            if name not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (name,))
            if name == '_generate_next_value_':
                if self._auto_used:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif name == '_ignore_':
                names = _split_names(value) if isinstance(value, str) else list(value)
                clash = set(names) & set(self._member_order)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
                self._ignored = names
        elif _is_dunder(name):
            if name == '__order__':
                name = '_order_'
        elif name in self._member_order:
            raise TypeError('%r already defined as %r' % (name, self[name]))
        elif name in self._ignored:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if name in self:
                raise TypeError('%r already defined as %r' % (name, self[name]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._resolve_auto(name, value)
            elif isinstance(value, tuple) and any(isinstance(item, auto) for item in value):
                value = tuple([self._resolve_auto(name, item) if isinstance(item, auto) else item
                               for item in value])
            else:
                self._member_values.append(value)
            self._member_order.append(name)
        super().__setitem__(name, value)


# ---------------------------------------------------------------- building an enum class

def _reject_extension(class_name, bases):
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType) and klass._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, klass))


def _data_type(class_name, bases):
    """The non-enum type whose instances members are (int for IntEnum), or object."""
    found = set()
    for base in bases:
        plain_mixin = None
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    found.add(klass._member_type_)
                    break
            elif '__new__' in klass.__dict__ or '__init__' in klass.__dict__ \
                    or klass.__module__ == 'builtins':
                found.add(plain_mixin or klass)
                break
            elif plain_mixin is None:
                plain_mixin = klass
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, found))
    return found.pop() if found else object


def _mixins(class_name, bases):
    """(data type, the enum base) for a new enum class."""
    if not bases:
        return object, None
    _reject_extension(class_name, bases)
    enum_base = bases[-1]
    if not isinstance(enum_base, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _data_type(class_name, bases), enum_base


def _providing_class(klass, name):
    for candidate in klass.__mro__:
        if name in candidate.__dict__:
            return candidate
    return None


def _member_maker(body, data_type, enum_base):
    """The function that makes a member from its value: the class's own __new__, else the one an
    enum base made its members with, else the data type's."""
    own = body.get('__new__')
    if own is not None and enum_base is not None:
        return own.__func__ if isinstance(own, staticmethod) else own, True
    inherited = getattr(enum_base, '__new_member__', None)
    if inherited is not None:
        return inherited, True
    return data_type.__new__, False


def _pin(enum_class, names, source, body):
    # A dunder the data type defines (int's __repr__, __format__, __or__...) answers before the
    # classes after it in the MRO; so a data-typed enum gets the methods it means in its own __dict__.
    for name in names:
        if name not in body:
            type.__setattr__(enum_class, name, getattr(source, name))


_SHOWN_BY_ENUM = ('__repr__', '__str__', '__format__', '__reduce_ex__')


def _use_enum_methods(enum_class, body, data_type, enum_base):
    """repr(), str(), format() and __reduce_ex__ that come from the data type or from object
    give way to the enum base's; ReprEnum keeps the data type's str() and format()."""
    for name in _SHOWN_BY_ENUM:
        if name in body:
            continue
        provider = _providing_class(enum_class, name)
        if provider is object or (data_type is not object and provider in data_type.__mro__):
            type.__setattr__(enum_class, name, getattr(enum_base, name))
        elif data_type is not object:
            _pin(enum_class, [name], enum_class, body)
    if ReprEnum is not None and ReprEnum in enum_class.__bases__:
        if '__format__' not in body:
            type.__setattr__(enum_class, '__format__', _data_format(data_type))
        if '__str__' not in body:
            type.__setattr__(enum_class, '__str__', _data_str(data_type))


def _data_format(data_type):
    def __format__(self, format_spec):
        # On self, not the value: an empty spec is str(self), so a mixin's __str__ shows.
        return data_type.__format__(self, format_spec)
    return __format__


def _data_str(data_type):
    # Types without their own __str__ (int, float) print through their __repr__.
    provider = _providing_class(data_type, '__str__')
    text = data_type.__repr__ if provider is object else data_type.__str__

    def __str__(self):
        return text(self)
    return __str__


def _value_repr(data_type):
    if data_type is object or _providing_class(data_type, '__repr__') is object:
        return None
    return data_type.__repr__


def _add_member(enum_class, name, raw):
    args = raw if isinstance(raw, tuple) else (raw,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    if enum_class._use_args_:
        made = enum_class._new_member_(enum_class, *args)
    else:
        made = enum_class._new_member_(enum_class)
    if not hasattr(made, '_value_'):
        made._value_ = raw if enum_class._member_type_ is object else enum_class._member_type_(*args)
    value = made._value_
    made._name_ = name
    made.__objclass__ = enum_class
    made.__init__(*args)
    made._sort_order_ = len(enum_class._member_names_)

    existing = _find_by_value(enum_class, value)
    if existing is not None:
        made = existing  # an alias
    elif Flag is None or not issubclass(enum_class, Flag) \
            or (isinstance(value, int) and _single_bit(value)):
        enum_class._member_names_.append(name)

    # A base's property of that name (like name or value) keeps working on members; the class
    # finds the member through a redirecting enum.property.
    shadowed = None
    for klass in enum_class.__mro__[1:]:
        if name in klass.__dict__:
            shadowed = klass.__dict__[name]
            break
    if shadowed is not None and hasattr(shadowed, 'fget'):
        redirect = property(shadowed.fget, getattr(shadowed, 'fset', None),
                            getattr(shadowed, 'fdel', None))
        redirect.__set_name__(enum_class, name)
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, made)
    enum_class._member_map_[name] = made
    try:
        enum_class._value2member_map_.setdefault(value, made)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _find_by_value(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None


def _check_order(enum_class, order):
    if isinstance(order, str):
        order = _split_names(order)
    # Aliases may be listed or not.
    order = [name for name in order
             if name not in enum_class._member_map_ or name in enum_class._member_names_]
    if order != enum_class._member_names_:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (enum_class._member_names_, order))


_FLAG_METHODS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                 '__invert__', '__contains__', '__iter__', '__len__')


def _finish_flag(enum_class):
    singles = 0
    for name in enum_class._member_names_:
        singles |= enum_class._member_map_[name]._value_
    mask = singles
    for named in enum_class._member_map_.values():
        mask |= named._value_
    enum_class._singles_mask_ = singles
    enum_class._flag_mask_ = mask
    enum_class._all_bits_ = 2 ** mask.bit_length() - 1
    # Members come out in value order, which is definition order unless the values were not
    # defined ascending (as CPython decides).
    values = [enum_class._member_map_[name]._value_ for name in enum_class._member_names_]
    if values != sorted(values):
        enum_class._iter_member_ = enum_class._iter_member_by_def_


# ---------------------------------------------------------------- the metaclass

class EnumType(type):
    """Metaclass of Enum and its subclasses."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        data_type, enum_base = _mixins(cls, bases)
        next_value = getattr(enum_base, '_generate_next_value_', None)
        return _EnumNamespace(cls, next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumNamespace):
            # As CPython: a three-argument call needs the namespace __prepare__ gives.
            raise AttributeError("'%s' object has no attribute '_member_names'"
                                 % type(classdict).__name__)
        data_type, enum_base = _mixins(cls, bases)
        candidates = [(name, classdict[name]) for name in classdict._member_order]
        body = {name: value for name, value in classdict.items()
                if name not in classdict._member_order and name not in classdict._ignored}
        body.pop('_ignore_', None)

        bad_names = [name for name in ('mro', '') if name in classdict._member_order]
        if bad_names:
            raise ValueError('invalid enum member name(s) %s' % ','.join(map(repr, bad_names)))
        if ReprEnum is not None and ReprEnum in bases and data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')

        maker, custom_new = _member_maker(body, data_type, enum_base)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if enum_base is not None:
            _use_enum_methods(enum_class, body, data_type, enum_base)

        internals = {
            '_new_member_': maker,
            '_use_args_': data_type is not object or custom_new,
            '_member_names_': [],
            '_member_map_': {},
            '_value2member_map_': {},
            '_unhashable_values_': [],
            '_member_type_': data_type,
            '_value_repr_': _value_repr(data_type),
        }
        for name, value in internals.items():
            type.__setattr__(enum_class, name, value)

        # (While Flag itself is being defined, the global is still None.)
        is_flag = issubclass(enum_class, Flag) if Flag is not None else boundary is not None
        if is_flag:
            enum_class._boundary_ = boundary or getattr(enum_base, '_boundary_', None)
        for name, value in candidates:
            _add_member(enum_class, name, value)
        if '_order_' in body:
            _check_order(enum_class, body['_order_'])
        if is_flag:
            _finish_flag(enum_class)
            if data_type is not object:
                # int's own | & ^ ~ would otherwise answer before Flag's (and see _pin).
                _pin(enum_class, _FLAG_METHODS, Flag, body)

        # Calling the class looks members up; its own __new__ only made them.
        if custom_new:
            type.__setattr__(enum_class, '__new_member__', maker)
            if '__new__' in body:
                type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            # Color(1): the member with that value, without the calls of the general lookup.
            if value.__class__ is not cls:
                try:
                    found = cls._value2member_map_.get(value)
                except TypeError:
                    found = None
                if found is not None:
                    return found
            if not cls._member_map_:
                raise TypeError('%r has no members defined' % (cls,))
            return _lookup(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Name', 'A B C'), a list of names or of pairs, a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        namespace = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = _split_names(names)
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            values = []
            pairs = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, values[:])
                values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            namespace[name] = value
        # The module of whoever called the class (two frames up: this and EnumType.__call__).
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            _deprecated(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member", 2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        found = cls.__dict__.get('_member_map_', {}).get(name)
        if found is None:
            raise AttributeError(name)
        return found

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return mappingproxy(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if getattr(cls, '__new_member__', None) is not None:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)


EnumMeta = EnumType


def _lookup(cls, value):
    """cls(value): the member with that value, else whatever _missing_ finds."""
    if type(value) is cls:
        return value
    found = _find_by_value(cls, value)
    if found is not None:
        return found
    failure = None
    try:
        found = cls._missing_(value)
    except Exception as exc:
        failure = exc
    if isinstance(found, cls):
        return found
    if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
            and isinstance(found, int):
        return found
    not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if failure is None:
        if found is None:
            raise not_valid
        failure = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, found))
    if not isinstance(failure, ValueError):
        failure.__context__ = not_valid
    raise failure


# ---------------------------------------------------------------- Enum and its direct kin

class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        return _lookup(cls, value)

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        # The successor of the last value, or of the largest one (with a warning) when the last
        # is not the largest or the values do not sort.
        if not last_values:
            return start
        last = last_values[-1]
        try:
            largest = max(last_values)
            if last == largest:
                return last + 1
        except TypeError:
            largest = None
        _deprecated(
            "In 3.13 the default `auto()`/`_generate_next_value_` will require all values to "
            "be sortable and support adding +1\nand the value returned will be the largest "
            "value in the enum incremented by 1", 3)
        if largest is not None:
            try:
                return largest + 1
            except TypeError:
                pass
        for candidate in reversed(last_values):
            try:
                return candidate + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        if type(self)._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            names = set(object.__dir__(self))
        members = type(self)._member_map_
        for name in getattr(self, '__dict__', {}):
            if not name.startswith('_'):
                names.add(name)
        for klass in type(self).__mro__:
            if klass is object:
                continue
            for name in klass.__dict__:
                if not name.startswith('_') and name not in members:
                    names.add(name)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Keeps the data type's str() and format(); only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """Members are ints."""


class StrEnum(str, ReprEnum):
    """Members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        count = len(values)
        if count > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        # As str(): one argument must be a str; with more, the first may be bytes.
        if count == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if count >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if count == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: a ValueError if any member is an alias."""
    aliases = ['%s -> %s' % (name, found.name)
               for name, found in enumeration.__members__.items() if name != found.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(aliases)))
    return enumeration


class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


# ---------------------------------------------------------------- Flag

def _flag_operand(member, other):
    """other's int value for |, & and ^, or None when the operation does not apply."""
    if isinstance(other, member.__class__):
        return other._value_
    if member._member_type_ is not object and isinstance(other, member._member_type_):
        return other
    return None


class Flag(Enum, boundary=STRICT):
    """Members combine with |, & and ^ into flags of the same class."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if count == 0:
            return 1 if start is None else start
        largest = max(last_values)
        try:
            top = largest.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (largest,)) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits(value & cls._flag_mask_):
            found = cls._value2member_map_.get(bit)
            if found is not None:
                yield found

    @classmethod
    def _iter_member_by_def_(cls, value):
        found = list(cls._iter_member_by_value_(value))
        found.sort(key=lambda m: m._sort_order_)
        yield from found

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        return _pseudo_member(cls, value)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return self._value_ & other._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return len(_bits(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, show(self._value_))
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __or__(self, other):
        cls = self.__class__
        if isinstance(other, cls):
            return cls(self._value_ | other._value_)
        other = _flag_operand(self, other)
        if other is None:
            return NotImplemented
        return cls(self._value_ | other)

    def __and__(self, other):
        cls = self.__class__
        if isinstance(other, cls):
            return cls(self._value_ & other._value_)
        other = _flag_operand(self, other)
        if other is None:
            return NotImplemented
        return cls(self._value_ & other)

    def __xor__(self, other):
        other = _flag_operand(self, other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # Computed once per flag. EJECT and KEEP invert every bit; the others only named ones.
        cls = type(self)
        inverted = self.__dict__.get('_inverted_')
        if inverted is None:
            if cls._boundary_ is EJECT or cls._boundary_ is KEEP:
                inverted = cls(~self._value_)
            else:
                inverted = cls(~self._value_ & cls._singles_mask_)
            self._inverted_ = inverted
        return inverted


def _pseudo_member(cls, value):
    """The flag for an int no member has: named after the members it combines, or unnamed."""
    mask = cls._flag_mask_
    everything = cls._all_bits_
    boundary = cls._boundary_
    outside = not (~everything <= value <= everything) or value & (everything ^ mask)
    if outside:
        if boundary is STRICT:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, bin(value, width), bin(mask, width)))
        if boundary is CONFORM:
            value &= mask
        elif boundary is EJECT:
            return value
        elif boundary is KEEP and value < 0:
            value += max(everything + 1, 2 ** value.bit_length())
    negative = None
    if value < 0:
        negative = value
        value += everything + 1

    data_type = cls._member_type_
    made = object.__new__(cls) if data_type is object else data_type.__new__(cls, value)
    if not hasattr(made, '_value_'):
        made._value_ = value

    singles = value & cls._singles_mask_
    rest = value & ~cls._singles_mask_
    parts = list(cls._iter_member_(singles)) if singles else []
    covered = singles
    if rest:
        # Bits no single-bit member has may belong to a multi-bit member.
        for name in cls._member_names_ + [n for n in cls._member_map_ if n not in cls._member_names_]:
            candidate = cls._member_map_[name]
            bits = candidate._value_
            if candidate not in parts and bits and bits & value == bits:
                parts.append(candidate)
                covered |= bits
    if not covered:
        made._name_ = None
    else:
        made._name_ = '|'.join([part._name_ for part in parts])
        unknown = value & ~covered
        if unknown:
            if boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            made._name_ += '|' + cls._numeric_repr_(unknown)
    made = cls._value2member_map_.setdefault(value, made)
    if negative is not None:
        cls._value2member_map_[negative] = made
    return made


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are ints; values outside the members are kept."""


# ---------------------------------------------------------------- decorators and checks

class EnumCheck(StrEnum):
    """What verify() checks."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


def _and_list(items):
    return items[0] if len(items) == 1 else ', '.join(items[:-1]) + ' and ' + items[-1]


class verify:
    """Class decorator that checks an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        is_flag = issubclass(enumeration, Flag)
        kind = 'flag' if is_flag else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                aliases = ['%s -> %s' % (name, found.name)
                           for name, found in enumeration.__members__.items()
                           if name != found.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                missing = _continuity_gaps(enumeration, is_flag)
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (kind, enumeration.__name__, ', '.join(map(str, missing))))
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _continuity_gaps(enumeration, is_flag):
    values = set(m.value for m in enumeration)
    if len(values) < 2:
        return []
    if is_flag:
        top = max(values).bit_length() - 1
        bottom = min(values).bit_length() - 1
        return [2 ** i for i in range(bottom + 1, top) if 2 ** i not in values]
    return [v for v in range(min(values) + 1, max(values)) if v not in values]


def _check_named_flags(enumeration):
    named_bits = 0
    for name in enumeration._member_names_:
        named_bits |= enumeration._member_map_[name]._value_
    faulty = []
    missing = 0
    for name, found in enumeration._member_map_.items():
        if name in enumeration._member_names_ or found._name_ != name:
            continue
        gap = found._value_ & ~named_bits
        if gap:
            faulty.append(name)
            missing |= gap
    if not faulty:
        return
    if len(faulty) == 1:
        who = 'alias %s is missing' % faulty[0]
    else:
        who = 'aliases %s are missing' % _and_list(faulty)
    if _single_bit(missing):
        what = 'value 0x%x' % missing
    else:
        what = 'combined values of 0x%x' % missing
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what))


def _short_module(cls):
    return cls.__module__.split('.')[-1]


def global_enum_repr(self):
    return '%s.%s' % (_short_module(type(self)), self._name_)


def global_flag_repr(self):
    module = _short_module(type(self))
    if self._name_ is None:
        return '%s.%s(%r)' % (module, type(self).__name__, self._value_)
    parts = []
    for part in self._name_.split('|'):
        parts.append(part if part[:1].isdigit() else module + '.' + part)
    return '|'.join(parts)


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members print as module.NAME and become names of the module."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    module = sys.modules.get(cls.__module__)
    if module is not None:
        for name, found in cls.__members__.items():
            setattr(module, name, found)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
