"""Container datatypes for PyPack: namedtuple, defaultdict, OrderedDict, Counter, ChainMap,
UserDict, UserList and UserString, with deque from the native _collections module.

Written from the documented behaviour of CPython 3.11's collections (reprs, error messages and
result orders match it). PyPack cannot exec() generated source, so namedtuple builds its class
from closures, and its __new__ binds arguments through _argbind to raise CPython's TypeErrors.
"""

import sys as _sys
import keyword as _keyword
import operator as _operator
import reprlib as _reprlib

import _argbind
import _collections
from _types import c_type_name as _c_type_name

deque = _collections.deque
_recursive_repr = _reprlib.recursive_repr

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


def _looks_like_mapping(obj):
    # Without collections.abc, a mapping is what offers keys() and item lookup.
    kind = type(obj)
    return hasattr(kind, 'keys') and hasattr(kind, '__getitem__')


def _fill(target, source, extra):
    """MutableMapping.update's rules: a mapping's keys, else (key, value) pairs, then keywords;
    every store goes through target[key] = value so subclasses see it."""
    if _looks_like_mapping(source):
        for key in source.keys():
            target[key] = source[key]
    else:
        for key, value in source:
            target[key] = value
    for key, value in extra.items():
        target[key] = value


# ------------------------------------------------------------------------------- views

class _View:
    """The keys/values/items view of a mapping that is not a dict (collections.abc's views,
    whose class names their reprs show)."""
    __slots__ = ('_mapping',)
    _label = ''

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self._label}({self._mapping!r})'


class _SetView(_View):
    __slots__ = ()

    # Set algebra works on the listed elements, with a plain set as the result.
    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)

    __rand__ = __and__
    __ror__ = __or__

    def __rsub__(self, other):
        return set(other) - set(self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __eq__(self, other):
        if isinstance(other, (set, frozenset, _SetView, type({}.keys()), type({}.items()))):
            return len(self) == len(other) and all(item in other for item in self)
        return NotImplemented

    def __le__(self, other):
        return all(item in other for item in self)

    def __ge__(self, other):
        return all(item in self for item in other)

    def __lt__(self, other):
        return len(self) < len(other) and self <= other

    def __gt__(self, other):
        return len(self) > len(other) and self >= other


class _KeysView(_SetView):
    __slots__ = ()
    _label = 'KeysView'

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class _ItemsView(_SetView):
    __slots__ = ()
    _label = 'ItemsView'

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield key, source[key]

    def __contains__(self, pair):
        key, value = pair
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value


class _ValuesView(_View):
    __slots__ = ()
    _label = 'ValuesView'

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]

    def __contains__(self, value):
        return any(v is value or v == value for v in self)


# ------------------------------------------------------------------------------- namedtuple

def _field_list(field_names, rename):
    names = field_names.replace(',', ' ').split() if isinstance(field_names, str) else field_names
    names = [str(name) for name in names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            bad = (not name.isidentifier() or _keyword.iskeyword(name) or name.startswith('_')
                   or name in taken)
            taken.add(name)
            if bad:
                names[position] = f'_{position}'
    return names


def _check_identifier(name):
    if not name.isidentifier():
        raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    if _keyword.iskeyword(name):
        raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')


def _make_namedtuple_methods(typename, fields, defaults):
    """The functions a named tuple class carries, closed over its fields."""
    count = len(fields)
    make_tuple = tuple.__new__
    signature = f'{typename}.__new__'
    shown = ', '.join(f'{name}=%r' for name in fields)
    repr_template = f'({shown})'

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != count:
            args = _argbind.bind(signature, fields, defaults, (), {}, args, kwargs)
        return make_tuple(cls, args)

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    def _replace(self, /, *extra, **changes):
        if extra:
            given = len(extra) + 1
            raise TypeError(f'{typename}._replace() takes 1 positional argument '
                            f'but {given} were given')
        values = [changes.pop(name, current) for name, current in zip(fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(values)

    def __repr__(self):
        return type(self).__name__ + repr_template % tuple(self)

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    return {'__new__': __new__, '_make': _make, '_replace': _replace,
            '__repr__': __repr__, '_asdict': _asdict, '__getnewargs__': __getnewargs__}


# Docstrings CPython gives the generated members ({0} is the type name, {1} its signature).
_NAMEDTUPLE_DOCS = {
    '__new__': 'Create new instance of {0}({1})',
    '_make': 'Make a new {0} object from a sequence or iterable',
    '_replace': 'Return a new {0} object replacing specified fields with new values',
    '__repr__': 'Return a nicely formatted representation string',
    '_asdict': 'Return a new dict which maps field names to their values.',
    '__getnewargs__': 'Return self as a plain tuple.  Used by copy and pickle.',
}


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    names = _field_list(field_names, rename)
    typename = _sys.intern(typename if type(typename) is str else str(typename))
    _check_identifier(typename)
    for name in names:
        _check_identifier(name)
    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    fields = tuple(_sys.intern(name) for name in names)
    default_values = () if defaults is None else tuple(defaults)
    if len(default_values) > len(fields):
        raise TypeError('Got more default values than field names')
    defaulted = fields[len(fields) - len(default_values):]
    field_defaults = dict(zip(defaulted, default_values))

    signature = ', '.join(fields)
    methods = _make_namedtuple_methods(typename, fields, default_values)
    for name, function in methods.items():
        function.__doc__ = _NAMEDTUPLE_DOCS[name].format(typename, signature)
        function.__qualname__ = f'{typename}.{name}'
    methods['_make'] = classmethod(methods['_make'])

    namespace = dict(methods)
    namespace.update({
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
    })
    for position, name in enumerate(fields):
        namespace[name] = _collections._tuplegetter(position, _sys.intern(f'Alias for field number {position}'))
    # Without module=, the class belongs to the caller's module (type() would name this one).
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


# ------------------------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """dict whose missing keys get the value default_factory() (KeyError when it is None)."""
    # A member as CPython's C type has: no __dict__ per instance (subclasses get one).
    __slots__ = ('default_factory',)

    def __repr__(self):
        # dict's own repr guards against the dict containing itself ({...}).
        return f'{type(self).__name__}({_factory_slot.__get__(self)!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(_factory_slot.__get__(self), self)

    __copy__ = copy

    def __reduce__(self):
        factory = _factory_slot.__get__(self)
        return type(self), (() if factory is None else (factory,)), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(_factory_slot.__get__(self), other)
        merged.update(self)
        return merged


# The member itself: CPython's C code reads and writes it directly, whatever a subclass defines
# under that name.
_factory_slot = defaultdict.__dict__['default_factory']

# In C#: defaultdict(f) and d[k] on a missing key then cost no Python frame.
defaultdict.__init__ = _collections._defaultdict_init(defaultdict)
defaultdict.__missing__ = _collections._defaultdict_missing(defaultdict)
# The C type has its member without a __slots__ attribute.
del defaultdict.__slots__


# ------------------------------------------------------------------------------- OrderedDict

class _OrderedView:
    """odict_keys/odict_values/odict_items: a dict view that can also be reversed."""
    __slots__ = ('_od',)

    def __init__(self, od):
        self._od = od

    def _plain(self):
        raise NotImplementedError

    def __len__(self):
        return len(self._od)

    def __iter__(self):
        return _collections._odict_iter(self._od, self._kind, False)

    def __reversed__(self):
        return _collections._odict_iter(self._od, self._kind, True)

    def __contains__(self, item):
        return item in self._plain()

    def __repr__(self):
        return f'{type(self).__name__}({list(self._plain())!r})'


class _OrderedSetView(_OrderedView):
    __slots__ = ()

    def __eq__(self, other):
        if isinstance(other, _OrderedSetView):
            other = other._plain()
        return self._plain() == other

    def __and__(self, other):
        return self._plain() & other

    def __or__(self, other):
        return self._plain() | other

    def __sub__(self, other):
        return self._plain() - other

    def __xor__(self, other):
        return self._plain() ^ other

    def __rand__(self, other):
        return other & self._plain()

    def __ror__(self, other):
        return other | self._plain()

    def __rsub__(self, other):
        return set(other) - set(self._plain())

    def __rxor__(self, other):
        return other ^ self._plain()

    def __le__(self, other):
        return self._plain() <= other

    def __lt__(self, other):
        return self._plain() < other

    def __ge__(self, other):
        return self._plain() >= other

    def __gt__(self, other):
        return self._plain() > other

    def isdisjoint(self, other):
        return self._plain().isdisjoint(other)


class odict_keys(_OrderedSetView):
    __slots__ = ()
    _kind = 0

    def _plain(self):
        return dict.keys(self._od)


class odict_items(_OrderedSetView):
    __slots__ = ()
    _kind = 2

    def _plain(self):
        return dict.items(self._od)


class odict_values(_OrderedView):
    __slots__ = ()
    _kind = 1

    def _plain(self):
        return dict.values(self._od)


class OrderedDict(dict):
    """dict that can reorder its keys, and whose equality with another OrderedDict is
    order-sensitive. A dict keeps insertion order already: this class adds the reordering."""

    def __init__(self, other=(), /, **kwds):
        dict.__init__(self)
        _fill(self, other, kwds)

    def update(self, other=(), /, **kwds):
        _fill(self, other, kwds)

    def __iter__(self):
        return _collections._odict_iter(self, 0, False)

    def __reversed__(self):
        return _collections._odict_iter(self, 0, True)

    def move_to_end(self, key, last=True):
        if not (_collections._odict_move_to_end(self, key) if last else _collections._odict_move_to_front(self, key)):
            raise KeyError(key)

    def popitem(self, last=True):
        return _collections._odict_popitem(self, last)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def copy(self):
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    @_recursive_repr()
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        return f'{name}({list(dict.items(self))!r})'

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# ------------------------------------------------------------------------------- Counter

class Counter(dict):
    """dict of counts: a missing key counts 0, the operators combine and drop counts <= 0."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        # Through self.update, which a subclass may override.
        fill = self.update
        fill(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts stay in insertion order, as heapq.nlargest keeps them.
        ranked = sorted(self.items(), key=_operator.itemgetter(1), reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    def elements(self):
        for element, times in self.items():
            for _ in range(times):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        message = 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'
        raise NotImplementedError(message)

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if not _looks_like_mapping(iterable):
                _collections._count_elements(self, iterable)
            elif self:
                for element, n in iterable.items():
                    self[element] = n + self.get(element, 0)
            else:
                # Starting empty, the counts are taken as they are (dict.update's speed).
                dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _looks_like_mapping(iterable):
                for element, n in iterable.items():
                    self[element] = self.get(element, 0) - n
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, element):
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons: every key of either side, a missing one counting 0.
    def _all_keys(self, other):
        return list(self) + [key for key in other if key not in self]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] == other[k] for k in self._all_keys(other))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] <= other[k] for k in self._all_keys(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self != other and self <= other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] >= other[k] for k in self._all_keys(other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self != other and self >= other

    # Binary operators: a plain Counter of the positive results, the left side's keys first.
    def _combine(self, other, pick, include_other_only):
        result = Counter()
        for key, mine in self.items():
            n = pick(mine, other[key])
            if n > 0:
                result[key] = n
        if include_other_only:
            for key, theirs in other.items():
                if key not in self:
                    n = pick(0, theirs)
                    if n > 0:
                        result[key] = n
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b, True)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b, True)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a, True)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b, False)

    def __pos__(self):
        return self._combine(Counter(), lambda a, b: a, False)

    def __neg__(self):
        return self._combine(Counter(), lambda a, b: -a, False)

    # In-place operators change self, then drop the counts that are not positive.
    def _drop_nonpositive(self):
        for key in [key for key, n in self.items() if not n > 0]:
            dict.__delitem__(self, key)
        return self

    def __iadd__(self, other):
        for key, n in other.items():
            self[key] += n
        return self._drop_nonpositive()

    def __isub__(self, other):
        for key, n in other.items():
            self[key] -= n
        return self._drop_nonpositive()

    def __ior__(self, other):
        for key, n in other.items():
            if n > self[key]:
                self[key] = n
        return self._drop_nonpositive()

    def __iand__(self, other):
        for key, n in self.items():
            theirs = other[key]
            if theirs < n:
                self[key] = theirs
        return self._drop_nonpositive()


# ------------------------------------------------------------------------------- ChainMap

def _not_in_first(key):
    return KeyError(f'Key not found in the first mapping: {key!r}')


class ChainMap:
    """Several mappings seen as one: lookups search self.maps in order, changes go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _merged_keys(self):
        # Iteration order: the last mapping's keys first, then each earlier one's new keys.
        order = {}
        for mapping in self.maps[::-1]:
            for key in mapping:
                order[key] = None
        return order

    def __iter__(self):
        return iter(self._merged_keys())

    def __len__(self):
        return len(self._merged_keys())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def __eq__(self, other):
        if not _looks_like_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        inner = ', '.join(repr(mapping) for mapping in self.maps)
        return f'{type(self).__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        first = dict.fromkeys(iterable, *args)
        return cls(first)

    def copy(self):
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _not_in_first(key) from None

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise _not_in_first(key) from None

    def popitem(self):
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def update(self, other=(), /, **kwds):
        _fill(self, other, kwds)

    def __or__(self, other):
        if not _looks_like_mapping(other):
            return NotImplemented
        merged = self.copy()
        first = merged.maps[0]
        first.update(other)
        return merged

    def __ror__(self, other):
        if not _looks_like_mapping(other):
            return NotImplemented
        flat = dict(other)
        for mapping in self.maps[::-1]:
            flat.update(mapping)
        return type(self)(flat)

    def __ior__(self, other):
        first = self.maps[0]
        first.update(other)
        return self


# ------------------------------------------------------------------------------- UserDict

class UserDict:
    """A mapping kept in the dict self.data, meant to be subclassed."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def update(self, other=(), /, **kwds):
        _fill(self, other, kwds)

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        self.data.clear()

    def __eq__(self, other):
        if not _looks_like_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if not isinstance(other, dict):
            return NotImplemented
        return type(self)(self.data | other)

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if not isinstance(other, dict):
            return NotImplemented
        return type(self)(other | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.data = self.data.copy()
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


# ------------------------------------------------------------------------------- UserList

def _unwrap(value):
    # The list inside a UserList; anything else as it is.
    if isinstance(value, UserList):
        return value.data
    return value


class UserList:
    """A list kept in self.data, meant to be subclassed."""

    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(_unwrap(initlist))

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == _unwrap(other)

    def __ne__(self, other):
        return self.data != _unwrap(other)

    def __lt__(self, other):
        return self.data < _unwrap(other)

    def __le__(self, other):
        return self.data <= _unwrap(other)

    def __gt__(self, other):
        return self.data > _unwrap(other)

    def __ge__(self, other):
        return self.data >= _unwrap(other)

    __hash__ = None

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        other = _unwrap(other)
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.data = self.data[:]
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        data = self.data
        return data.count(item)

    def index(self, item, *args):
        data = self.data
        return data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        data = self.data
        data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other))


def _text(value):
    # The str inside a UserString; anything else as it is.
    if isinstance(value, UserString):
        return value.data
    return value


class UserString:
    """A str kept in self.data, meant to be subclassed. Methods that make a new string return
    the subclass; the others (split, find, join...) return what str's do. Like CPython's, only
    some methods accept a UserString argument (find, count, replace, removeprefix...)."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _text(string)

    def __lt__(self, string):
        return self.data < _text(string)

    def __le__(self, string):
        return self.data <= _text(string)

    def __gt__(self, string):
        return self.data > _text(string)

    def __ge__(self, string):
        return self.data >= _text(string)

    def __contains__(self, char):
        return _text(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # ---- new strings, as the subclass
    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_text(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_text(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_text(old), _text(new), maxsplit))

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))

    # ---- everything else, as str gives it
    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_text(sub), start, end)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding if encoding else 'utf-8', errors if errors else 'strict')

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_text(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def partition(self, sep):
        return self.data.partition(sep)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_text(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    maketrans = str.maketrans


def __getattr__(name):
    # CPython's site imports collections.abc at start-up, so `collections.abc` works after a
    # plain `import collections`; here the submodule is imported on first use instead.
    if name == "abc":
        from collections import abc
        return abc
    raise AttributeError(f"module 'collections' has no attribute '{name}'")

# CPython writes these in C: messages name them as its tp_name does.
_c_type_name(defaultdict)
_c_type_name(OrderedDict)
