"""Data classes for PyPack, written from the documented behaviour of CPython 3.11's dataclasses.

CPython generates the source of each method and runs it with exec(). PyPack has no exec(): a
"plan" of the class (its fields sorted by role) describes each method, and the native
_dataclass_methods module makes it as a function with the signature the generated source has.
"""

import copy as _copy
import sys
import _dataclass_methods as _methods

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# Sentinels. Their class names show in reprs (e.g. Field's), so they are the documented ones.

class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryDefault:
    """Stands for 'call default_factory' among __init__'s defaults; shown as <factory>."""

    def __repr__(self):
        return '<factory>'


_FACTORY = _FactoryDefault()


class _Kind:
    """What an annotated name is: a field, a ClassVar or an InitVar (Field._field_type)."""

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _Kind('_FIELD')
_FIELD_CLASSVAR = _Kind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Kind('_FIELD_INITVAR')


class mappingproxy:
    """Read-only view of a dict; PyPack has no types.MappingProxyType. Field.metadata."""
    __module__ = 'builtins'

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return self._data.copy()

    def __repr__(self):
        return 'mappingproxy(' + repr(self._data) + ')'

    def __str__(self):
        return str(self._data)


_NO_METADATA = mappingproxy({})


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[' + shown + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self._field_type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only
        self.metadata = _NO_METADATA if metadata is None else mappingproxy(metadata)

    def __repr__(self):
        shown = [('name', repr(self.name)), ('type', repr(self.type)),
                 ('default', repr(self.default)),
                 ('default_factory', repr(self.default_factory)),
                 ('init', repr(self.init)), ('repr', repr(self.repr)),
                 ('hash', repr(self.hash)), ('compare', repr(self.compare)),
                 ('metadata', repr(self.metadata)), ('kw_only', repr(self.kw_only)),
                 ('_field_type', str(self._field_type))]
        return 'Field(' + ','.join(key + '=' + text for key, text in shown) + ')'

    def __set_name__(self, owner, name):
        # A descriptor given as default learns its name, as if it were assigned directly.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        parts = [name + '=' + repr(getattr(self, name)) for name in _DataclassParams.__slots__]
        return '_DataclassParams(' + ','.join(parts) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if MISSING is not default and MISSING is not default_factory:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------- reading annotations

def _annotation_names(annotation, *names):
    """For string annotations: whether the text names one of names, subscripted or not."""
    if not isinstance(annotation, str):
        return False
    return annotation.split('[', 1)[0].strip() in names


def _kind_of(annotation):
    # typing is only consulted when the program imported it: ClassVar cannot appear otherwise.
    typing = sys.modules.get('typing')
    if typing is not None:
        if annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar:
            return _FIELD_CLASSVAR
    if _annotation_names(annotation, 'ClassVar', 'typing.ClassVar'):
        return _FIELD_CLASSVAR
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _FIELD_INITVAR
    if _annotation_names(annotation, 'InitVar', 'dataclasses.InitVar'):
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(annotation):
    return annotation is KW_ONLY or _annotation_names(annotation, 'KW_ONLY', 'dataclasses.KW_ONLY')


def _make_field(cls, name, annotation, kw_only_default):
    declared = cls.__dict__.get(name, MISSING)
    if type(declared).__name__ == 'member_descriptor':
        declared = MISSING  # a base's __slots__ entry, not a default
    f = declared if isinstance(declared, Field) else field(default=declared)
    f.name = name
    f.type = annotation
    f._field_type = _kind_of(annotation)
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if MISSING is not f.kw_only:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # An unhashable default (list, dict, set...) would be shared by every instance.
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} '
                         'is not allowed: use default_factory')
    return f


def _collect_fields(cls, kw_only):
    """All fields by name: the dataclass bases' first (in MRO order), then this class's own."""
    collected = {}
    frozen_bases = []
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get('__dataclass_fields__')
        if inherited is None:
            continue
        collected.update(inherited)
        frozen_bases.append(base.__dict__['__dataclass_params__'].frozen)

    annotations = cls.__dict__.get('__annotations__', {})
    marker_seen = False
    own = []
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))

    for f in own:
        collected[f.name] = f
        # The class attribute becomes the plain default (or goes, when there is none).
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is not MISSING:
                setattr(cls, f.name, f.default)
            else:
                delattr(cls, f.name)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return collected, frozen_bases


class _Plan:
    """The fields of one dataclass, grouped the way the generated methods need them."""

    def __init__(self, all_fields):
        self.all = list(all_fields.values())
        self.data = [f for f in self.all if f._field_type is _FIELD]
        in_init = [f for f in self.all if f._field_type is not _FIELD_CLASSVAR and f.init]
        self.positional = [f for f in in_init if not f.kw_only]
        self.keyword = [f for f in in_init if f.kw_only]
        self.initvars = [f.name for f in self.all if f._field_type is _FIELD_INITVAR]
        self.shown = [f.name for f in self.data if f.repr]
        self.compared = [f.name for f in self.data if f.compare]
        self.hashed = [f.name for f in self.data if (f.compare if f.hash is None else f.hash)]


# ---------------------------------------------------------------- generated methods
# Each is a real function with the signature CPython's generated source has, made natively by
# _dataclass_methods from a description of the method (CPython writes the source and execs it).

def _init_default(f):
    if f.default_factory is not MISSING:
        return _FACTORY
    return f.default


def _build_init(cls, plan, frozen, post_init):
    previous_default = None
    for f in plan.positional:
        if _has_default(f):
            previous_default = f
        elif previous_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    positional = tuple(f.name for f in plan.positional)
    defaults = tuple(_init_default(f) for f in plan.positional if _has_default(f))
    keyword = tuple(f.name for f in plan.keyword)
    keyword_defaults = {f.name: _init_default(f) for f in plan.keyword if _has_default(f)}
    # (name, default factory or None, takes an argument) for each attribute __init__ sets, in field order.
    steps = tuple((f.name, None if f.default_factory is MISSING else f.default_factory, f.init)
                  for f in plan.data if f.init or f.default_factory is not MISSING)
    return _methods.make_init(cls.__qualname__ + '.__init__', cls.__module__, positional, defaults,
                              keyword, keyword_defaults, steps, frozen, tuple(plan.initvars),
                              post_init, _FACTORY)


# Every __repr__ this module generated: pprint lays out fields only of dataclasses showing one.
_generated_reprs = set()


def _has_generated_repr(cls):
    return getattr(cls, '__repr__', None) in _generated_reprs


def _build_repr(cls, plan):
    method = _methods.make_repr(cls.__qualname__ + '.__repr__', cls.__module__, tuple(plan.shown))
    _generated_reprs.add(method)
    return method


def _build_comparison(cls, name, op, plan):
    return _methods.make_compare(name, cls.__qualname__ + '.' + name, cls.__module__, op,
                                 tuple(plan.compared))


_ORDERINGS = (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>='))


def _build_frozen(owner, plan):
    names = frozenset(f.name for f in plan.data)

    # A subclass that is not itself a dataclass may still set its own attributes. With
    # slots=True, owner stays the class before slotting, as in CPython 3.11 (whose super() then
    # fails for names that are not fields).
    def __setattr__(self, name, value):
        if type(self) is owner or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(owner, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is owner or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(owner, self).__delattr__(name)

    return __setattr__, __delattr__


def _build_hash(cls, plan):
    return _methods.make_hash(cls.__qualname__ + '.__hash__', cls.__module__, tuple(plan.hashed))


def _defines_hash(cls):
    """Whether the class body set __hash__ (read before __eq__ is added)."""
    own = cls.__dict__.get('__hash__', MISSING)
    # A class body with __eq__ gets __hash__ = None implicitly; that one is not explicit.
    return own is not MISSING and not (own is None and '__eq__' in cls.__dict__)


def _hash_decision(cls, eq, frozen, unsafe_hash, explicit):
    """'add', 'none' (set __hash__ = None) or 'keep', per the documented table."""
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if not eq or explicit:
        return 'keep'
    return 'add' if frozen else 'none'


def _attach(cls, name, function):
    """Sets a generated method unless the class defines name itself; True when it does."""
    if name in cls.__dict__:
        return True
    function.__qualname__ = cls.__qualname__ + '.' + name
    setattr(cls, name, function)
    return False


# ---------------------------------------------------------------- __doc__

def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_doc(cls, plan):
    """The class name followed by the signature of the generated __init__ (CPython's default
    __doc__ is str(inspect.signature(cls)))."""
    def parameter(f):
        text = f.name + ': ' + _annotation_text(f.type)
        if _has_default(f):
            text += ' = ' + repr(_init_default(f))
        return text

    parts = [parameter(f) for f in plan.positional]
    if plan.keyword:
        parts.append('*')
        parts.extend(parameter(f) for f in plan.keyword)
    return cls.__name__ + '(' + ', '.join(parts) + ')'


# ---------------------------------------------------------------- slots=True

def _slotted_copy(cls, plan, weakref_slot):
    """slots=True: a new class with the same body and __slots__ for the fields not slotted by a
    base (a class cannot gain __slots__ once created)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    taken = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        taken.update([slots] if isinstance(slots, str) else slots)
    wanted = [f.name for f in plan.data if f.name not in taken]
    if weakref_slot and '__weakref__' not in taken:
        wanted.append('__weakref__')
    body = {}
    for key, value in cls.__dict__.items():
        if key in ('__dict__', '__weakref__') or key in wanted:
            continue
        body[key] = value
    body['__slots__'] = tuple(wanted)
    slotted = type(cls)(cls.__name__, cls.__bases__, body)
    slotted.__qualname__ = cls.__qualname__
    return slotted


# ---------------------------------------------------------------- the decorator

def _make_dataclass_of(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                       slots, weakref_slot):
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_fields, frozen_bases = _collect_fields(cls, kw_only)
    if frozen_bases:
        if frozen and not any(frozen_bases):
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        if not frozen and any(frozen_bases):
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    cls.__dataclass_fields__ = all_fields
    plan = _Plan(all_fields)
    explicit_hash = _defines_hash(cls)

    if order and not eq:
        raise ValueError('eq must be true if order is true')
    if init:
        _attach(cls, '__init__', _build_init(cls, plan, frozen, hasattr(cls, '__post_init__')))
    if repr:
        _attach(cls, '__repr__', _build_repr(cls, plan))
    if eq:
        _attach(cls, '__eq__', _build_comparison(cls, '__eq__', '==', plan))
    if order:
        for name, op in _ORDERINGS:
            if _attach(cls, name, _build_comparison(cls, name, op, plan)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for method in _build_frozen(cls, plan):
            if _attach(cls, method.__name__, method):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (method.__name__, cls.__name__))

    decision = _hash_decision(cls, eq, frozen, unsafe_hash, explicit_hash)
    if decision == 'add':
        cls.__hash__ = _build_hash(cls, plan)
    elif decision == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        cls.__doc__ = _signature_doc(cls, plan)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in plan.positional)

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _slotted_copy(cls, plan, weakref_slot)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def decorate(cls):
        return _make_dataclass_of(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                                  kw_only, slots, weakref_slot)

    return decorate if cls is None else decorate(cls)


# ---------------------------------------------------------------- functions on dataclasses

def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    owner = obj if isinstance(obj, type) else type(obj)
    return hasattr(owner, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


# Exact builtin scalars: never dataclass instances (no attribute can be set on their classes),
# never containers, and deepcopy hands each back as it is.
_SCALARS = frozenset({int, str, float, bool, type(None), bytes, complex})
_deepcopy = _copy.deepcopy


def _converted(obj, convert_dataclass):
    """A deep copy of obj in which every dataclass instance went through convert_dataclass;
    lists, tuples (named ones too) and dicts are rebuilt with their own type."""
    kind = type(obj)
    if kind in _SCALARS and _copy.deepcopy is _deepcopy:
        return obj
    if _is_instance(obj):
        return convert_dataclass(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return kind(*[_converted(item, convert_dataclass) for item in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_converted(item, convert_dataclass) for item in obj)
    if isinstance(obj, dict):
        return kind((_converted(key, convert_dataclass), _converted(value, convert_dataclass))
                    for key, value in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def as_pairs(instance):
        return dict_factory([(f.name, _converted(getattr(instance, f.name), as_pairs))
                             for f in fields(instance)])
    return as_pairs(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def as_values(instance):
        return tuple_factory([_converted(getattr(instance, f.name), as_values)
                              for f in fields(instance)])
    return as_values(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for name, f in obj.__dataclass_fields__.items():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if name in changes:
                raise ValueError(f'field {name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif name not in changes:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {name!r} must be specified with replace()')
            changes[name] = getattr(obj, name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    from keyword import iskeyword
    annotations = {}
    body = {}
    for spec in fields:
        if isinstance(spec, str):
            name, annotation = spec, 'typing.Any'
        elif len(spec) == 2:
            name, annotation = spec
        elif len(spec) == 3:
            name, annotation, default = spec
            body[name] = default
        else:
            raise TypeError(f'Invalid field: {spec!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation
    # CPython builds the class through types.new_class, whose frame names the module 'types'.
    namespace_body = {'__module__': 'types'}
    namespace_body.update(namespace or {})
    namespace_body.update(body)
    namespace_body['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), namespace_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
