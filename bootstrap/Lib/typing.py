"""Type hints at run time: typing as CPython 3.11 behaves, written for PyPack.

Programs use typing at run time to import names, subscript them (List[int], Optional[str],
Callable[[int], str]) and print or compare the results, to write Generic classes, NamedTuple and
TypedDict classes and Protocols, and to read annotations back (get_type_hints, get_origin,
get_args). All of that works here with CPython's reprs and messages. PyPack has no
collections.abc module, so the abstract classes behind typing.Iterable and friends are stand-ins
that answer isinstance() by looking for the methods, as the ABCs' subclass hooks do.
"""

import collections
import functools
import sys

__all__ = [
    # special forms and the building blocks of generics
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    # aliases of the collections.abc classes
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible',
    # protocols
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound',
    # aliases of concrete collections
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # I/O and regular expressions
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # functions, decorators and the rest
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)
_FunctionType = type(lambda: None)


def _caller_module(default=None):
    """The module that called into typing, where the runtime can tell (PyPack has no frames)."""
    frame_of = getattr(sys, '_getframe', None)
    if frame_of is None:
        return default
    try:
        return frame_of(2).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _show(item):
    """How an argument is written inside a subscription's repr: int, not <class 'int'>."""
    if isinstance(item, type):
        if item.__module__ == 'builtins':
            return item.__qualname__
        return item.__module__ + '.' + item.__qualname__
    if item is Ellipsis:
        return '...'
    if type(item) is _FunctionType:
        return item.__name__
    return repr(item)


def _too_many_or_few(alias, given, expected):
    amount = 'many' if given > expected else 'few'
    return TypeError(f'Too {amount} arguments for {alias}; actual {given}, expected {expected}')


def _as_tuple(params):
    return params if type(params) is tuple else (params,)


# ---------------------------------------------------------------- checking what is a type

def _valid_type(arg, msg):
    """The argument as a type hint: None becomes NoneType, a string a ForwardRef."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (ClassVar, Final):
        raise TypeError(f'{arg} is not valid as type argument')
    if isinstance(arg, _SpecialForm) and arg not in _BARE_FORMS_ALLOWED:
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if any(arg is base for base in _PLAIN_INVALID_CLASSES):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    return arg


_PLAIN_INVALID_CLASSES = []  # Generic and Protocol, once defined


def _is_type_variable(obj):
    return isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple))


def _free_variables(args):
    """The type variables in args, in order of first appearance, each once."""
    found = []
    for arg in args:
        if _is_type_variable(arg):
            candidates = (arg,)
        elif isinstance(arg, type):
            continue  # a generic class itself (List[Box]) brings no variables
        elif isinstance(arg, (list, tuple)):
            candidates = _free_variables(arg)
        else:
            candidates = getattr(arg, '__parameters__', ())
            if not isinstance(candidates, tuple):
                candidates = ()
        for var in candidates:
            if var not in found:
                found.append(var)
    return tuple(found)


def _replace_variables(arg, values):
    """arg with its type variables replaced by their values (a dict)."""
    if _is_type_variable(arg):
        return values.get(arg, arg)
    if isinstance(arg, list):
        return [_replace_variables(a, values) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.with_args(tuple(_replace_variables(a, values) for a in arg.__args__))
    if isinstance(arg, (_GenericAliasType, _UnionType)) and arg.__parameters__:  # list[T], T | None... of types
        own = tuple(values.get(p, p) for p in arg.__parameters__)
        return arg[own[0] if len(own) == 1 else own]
    return arg


# ---------------------------------------------------------------- ForwardRef

class ForwardRef:
    """A type written as a string, to be looked up later (get_type_hints does)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if type(arg) is not str and not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        # The attribute names are the documented ones tools read.
        for suffix, value in (('arg', arg), ('evaluated', False), ('value', None),
                              ('is_argument', is_argument), ('is_class', is_class),
                              ('module', module)):
            setattr(self, f'__forward_{suffix}__', value)

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_module__ == other.__forward_module__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__forward_module__, self.__forward_arg__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        where = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{where})'


# ---------------------------------------------------------------- special forms

class _SpecialForm:
    """A name like Union or ClassVar: subscriptable (when it takes arguments), nothing else."""

    def __init__(self, name, subscript=None, doc=None):
        self._name = name
        self._subscript = subscript
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._subscript(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AnyMeta(type):
    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return cls in type(obj).__mro__

    def __repr__(cls):
        if cls is Any:
            return 'typing.Any'
        return f"<class '{cls.__module__}.{cls.__qualname__}'>"


class Any(metaclass=_AnyMeta):
    """Compatible with every type; at run time a class that may be subclassed (3.11)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
_BARE_FORMS_ALLOWED = (NoReturn, Never, Self, LiteralString, TypeAlias)


def _wrapper_form(name, message):
    """A form taking exactly one type, as ClassVar[int] or Required[str]."""
    def subscript(form, params):
        arg = _valid_type(params, message.format(form=form, name=name))
        return _GenericAlias(form, (arg,), name=name)
    return _SpecialForm(name, subscript)


ClassVar = _wrapper_form('ClassVar', '{form} accepts only single type.')
Final = _wrapper_form('Final', '{form} accepts only single type.')
TypeGuard = _wrapper_form('TypeGuard', '{form} accepts only single type.')
Required = _wrapper_form('Required', '{name} accepts only a single type.')
NotRequired = _wrapper_form('NotRequired', '{name} accepts only a single type.')


def _union_of(form, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    members = []
    for param in params:
        param = _valid_type(param, 'Union[arg, ...]: each arg must be a type.')
        nested = param.__args__ if isinstance(param, (_UnionGenericAlias, _UnionType)) else (param,)
        for member in nested:
            if member not in members:
                members.append(member)
    if len(members) == 1:
        return members[0]
    return _UnionGenericAlias(Union, tuple(members))


def _optional_of(form, params):
    arg = _valid_type(params, f'{form} requires a single type.')
    return Union[arg, None]


def _literal_of(form, params):
    values = []
    for value in _as_tuple(params):
        for item in (value.__args__ if isinstance(value, _LiteralGenericAlias) else (value,)):
            # 1 and True are different literals although they compare equal.
            if not any(item == seen and type(item) is type(seen) for seen in values):
                values.append(item)
    return _LiteralGenericAlias(Literal, tuple(values))


def _concatenate_of(form, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError('Cannot take a Concatenate of no types.')
    if not (isinstance(params[-1], ParamSpec) or params[-1] is Ellipsis):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    leading = tuple(_valid_type(p, 'Concatenate[arg, ...]: each arg must be a type.')
                    for p in params[:-1])
    return _GenericAlias(Concatenate, leading + (params[-1],), name='Concatenate')


def _unpack_of(form, params):
    arg = _valid_type(params, f'{form} accepts only single type.')
    return _UnpackAlias(Unpack, (arg,), name='Unpack')


Union = _SpecialForm('Union', _union_of)
Optional = _SpecialForm('Optional', _optional_of)
Literal = _SpecialForm('Literal', _literal_of)
Concatenate = _SpecialForm('Concatenate', _concatenate_of)
Unpack = _SpecialForm('Unpack', _unpack_of)


# ---------------------------------------------------------------- aliases

class _BaseAlias:
    """What List, List[int], Box[int] have in common: an origin class, calls and subclassing."""

    def __init__(self, origin, name, inst):
        self.__origin__ = origin
        self._name = name
        self._inst = inst

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return made

    def __mro_entries__(self, bases):
        origin = self.__origin__
        entries = []
        if isinstance(origin, type) and origin not in bases:
            entries.append(origin)
        # Generic joins the bases unless a later base brings it anyway.
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseAlias) or (isinstance(b, type) and issubclass(b, Generic))
                   for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, name):
        # Class attributes of the origin show through (Box[int].some_constant).
        if name.startswith('__') and name.endswith('__') or '__origin__' not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_BaseAlias):
    """A subscription: List[int], Dict[str, T], ClassVar[int], Box[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, name, inst)
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _free_variables(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def with_args(self, args):
        """The same alias over other arguments (after substitution)."""
        return type(self)(self.__origin__, args, inst=self._inst, name=self._name)

    def __getitem__(self, args):
        variables = self.__parameters__
        if not variables:
            raise TypeError(f'{self} is not a generic class')
        args = _as_tuple(args)
        if len(variables) == 1 and isinstance(variables[0], ParamSpec) and not (
                len(args) == 1 and isinstance(args[0], (list, tuple, ParamSpec, _GenericAlias))):
            args = (list(args),)  # X[int, str] for a lone ParamSpec means X[[int, str]]
        if len(args) != len(variables):
            raise _too_many_or_few(self, len(args), len(variables))
        values = dict(zip(variables, args))
        return self.with_args(tuple(_replace_variables(a, values) for a in self.__args__))

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__args__, self.__origin__))

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _show(self.__origin__)
        inside = ', '.join(_show(a) for a in self.__args__) if self.__args__ else '()'
        return f'{head}[{inside}]'

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:  # List[int] and the like
            return super().__mro_entries__(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _BaseAlias) for b in later):
                return ()
        return (origin,)


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, args, inst=inst, name='Union')

    def with_args(self, args):
        return Union[args]

    def _members(self):
        return frozenset(self.__args__)  # order does not matter: Union[int, str] == Union[str, int]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, _UnionType)):  # Union[int, str] == int | str
            return self._members() == frozenset(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(self._members())

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and _NoneType in members:
            other = members[1] if members[0] is _NoneType else members[0]
            return f'typing.Optional[{_show(other)}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return any(isinstance(obj, member) for member in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, args, inst=inst, name='Literal')
        self.__parameters__ = ()

    def _typed_values(self):
        return set((value, type(value)) for value in self.__args__)

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return self._typed_values() == other._typed_values()
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self._typed_values()))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(v) for v in self.__args__) + ']'


class _UnpackAlias(_GenericAlias):
    def __repr__(self):
        return f'*{self.__args__[0]!r}'


def _callable_arguments_form(first):
    """Whether Callable's first argument stands alone: ..., a ParamSpec or a Concatenate."""
    return (first is Ellipsis or isinstance(first, ParamSpec)
            or (isinstance(first, _GenericAlias) and first.__origin__ is Concatenate))


class _CallableGenericAlias(_GenericAlias):
    """Callable[[int, str], bool]: __args__ holds the argument types, then the result."""

    def with_args(self, args):
        *params, result = args
        if len(params) == 1:
            first = params[0]
            if isinstance(first, (list, tuple)):
                return Callable[list(first), result]
            if isinstance(first, _GenericAlias) and first.__origin__ is Concatenate \
                    and isinstance(first.__args__[-1], (list, tuple)):
                return Callable[list(first.__args__[:-1]) + list(first.__args__[-1]), result]
            if _callable_arguments_form(first):
                return Callable[first, result]
        return Callable[list(params), result]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _callable_arguments_form(args[0]):
            return f'typing.Callable[{_show(args[0])}, {_show(args[1])}]'
        shown = ', '.join(_show(a) for a in args[:-1])
        return f'typing.Callable[[{shown}], {_show(args[-1])}]'


class _SpecialGenericAlias(_BaseAlias):
    """An alias before subscription: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, name or origin.__name__, inst)
        self._nparams = nparams
        self.__module__ = 'typing'
        self.__name__ = self.__qualname__ = self._name

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        params = tuple(_valid_type(p, 'Parameters to generic types must be types.')
                       for p in _as_tuple(params))
        if self._nparams == 0:
            raise TypeError(f'{self} is not a generic class')
        if len(params) != self._nparams:
            raise _too_many_or_few(self, len(params), self._nparams)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


class _CallableForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        arguments, result = params
        result = _valid_type(result, 'Callable[args, result]: result must be a type.')
        if isinstance(arguments, list):
            arguments = tuple(_valid_type(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                              for a in arguments)
        elif _callable_arguments_form(arguments):
            arguments = (arguments,)
        else:
            arguments = (_valid_type(arguments, 'Callable[[arg, ...], result]: each arg must be a type.'),)
        return _CallableGenericAlias(self.__origin__, arguments + (result,), name='Callable')


class _TupleForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is Ellipsis:
            head = tuple(_valid_type(p, 'Tuple[t, ...]: t must be a type.') for p in params[:-1])
            return _GenericAlias(tuple, head + (Ellipsis,), name='Tuple', inst=False)
        params = tuple(_valid_type(p, 'Tuple[t0, t1, ...]: each t must be a type.') for p in params)
        return _GenericAlias(tuple, params, name='Tuple', inst=False)


# ---------------------------------------------------------------- stand-ins for collections.abc

class _AbstractStandIn:
    """collections.abc.NAME (PyPack has no ABCs): answers isinstance() the way its hook does."""

    def __init__(self, name, abstract, test, module='collections.abc'):
        self.__name__ = self.__qualname__ = name
        self.__module__ = module
        self._abstract = abstract
        self._test = test

    def __repr__(self):
        return f"<class '{self.__module__}.{self.__name__}'>"

    def __instancecheck__(self, obj):
        return bool(self._test(obj))

    def __call__(self, *args, **kwargs):
        names = self._abstract
        plural = 's' if len(names) > 1 else ''
        raise TypeError(f"Can't instantiate abstract class {self.__name__} "
                        f"with abstract method{plural} {', '.join(names)}")


_ABSENT = object()
# Special methods builtin types have that PyPack's runtime does not show as attributes.
_BUILTIN_PROVIDERS = {
    '__int__': (int, float), '__float__': (int, float), '__index__': (int,),
    '__abs__': (int, float, complex), '__round__': (int, float), '__complex__': (complex,),
    '__bytes__': (bytes,),
    '__reversed__': (list, tuple, str, range, bytes, bytearray, dict, collections.deque),
}


def _provides(obj, name):
    """Whether obj's class defines name (and not as None, which opts out: __hash__ = None)."""
    kinds = _BUILTIN_PROVIDERS.get(name)
    if kinds is not None and isinstance(obj, kinds):
        return True
    value = getattr(type(obj), name, _ABSENT)
    if value is _ABSENT:
        value = getattr(obj, name, None)
    return value is not None


def _has(*names):
    def test(obj):
        return all(_provides(obj, n) for n in names)
    return test


def _one_of(*kinds):
    def test(obj):
        return isinstance(obj, kinds)
    return test


_dict_views = (type({}.keys()), type({}.values()), type({}.items()))
_mappings = (dict, collections.ChainMap)
_mutable_sequences = (list, bytearray, collections.deque)
_sequences = (tuple, str, range, memoryview, bytes) + _mutable_sequences
_sets = (set, frozenset, _dict_views[0], _dict_views[2])

_abc = {}
for _name, _abstract, _test in [
        ('Hashable', ('__hash__',), _has('__hash__')),
        ('Awaitable', ('__await__',), _has('__await__')),
        ('Coroutine', ('__await__', 'send', 'throw'), _has('__await__', 'send', 'throw', 'close')),
        ('AsyncIterable', ('__aiter__',), _has('__aiter__')),
        ('AsyncIterator', ('__anext__',), _has('__aiter__', '__anext__')),
        ('Iterable', ('__iter__',), _has('__iter__')),
        ('Iterator', ('__next__',), _has('__iter__', '__next__')),
        ('Reversible', ('__iter__', '__reversed__'), _has('__iter__', '__reversed__')),
        ('Sized', ('__len__',), _has('__len__')),
        ('Container', ('__contains__',), _has('__contains__')),
        ('Collection', ('__contains__', '__iter__', '__len__'), _has('__contains__', '__iter__', '__len__')),
        ('Callable', ('__call__',), callable),
        ('Set', ('__contains__', '__iter__', '__len__'), _one_of(*_sets)),
        ('MutableSet', ('__contains__', '__iter__', '__len__', 'add', 'discard'), _one_of(set)),
        ('Mapping', ('__getitem__', '__iter__', '__len__'), _one_of(*_mappings)),
        ('MutableMapping', ('__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__'),
         _one_of(*_mappings)),
        ('Sequence', ('__getitem__', '__len__'), _one_of(*_sequences)),
        ('MutableSequence', ('__delitem__', '__getitem__', '__len__', '__setitem__', 'insert'),
         _one_of(*_mutable_sequences)),
        ('ByteString', ('__getitem__', '__len__'), _one_of(bytes, bytearray)),
        ('MappingView', (), _one_of(*_dict_views)),
        ('KeysView', (), _one_of(_dict_views[0])),
        ('ItemsView', (), _one_of(_dict_views[2])),
        ('ValuesView', (), _one_of(_dict_views[1])),
        ('Generator', ('send', 'throw'), _has('__iter__', '__next__', 'send', 'throw', 'close')),
        ('AsyncGenerator', ('asend', 'athrow'), _has('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'))]:
    _abc[_name] = _AbstractStandIn(_name, _abstract, _test)
_abc['AbstractContextManager'] = _AbstractStandIn(
    'AbstractContextManager', ('__exit__',), _has('__enter__', '__exit__'), 'contextlib')
_abc['AbstractAsyncContextManager'] = _AbstractStandIn(
    'AbstractAsyncContextManager', ('__aexit__',), _has('__aenter__', '__aexit__'), 'contextlib')


def _named_type(module, name):
    """re.Pattern and re.Match, without importing re here."""
    def test(obj):
        kind = type(obj)
        return kind.__name__ == name and kind.__module__ == module
    return _AbstractStandIn(name, (), test, module)


def _abc_alias(name, nparams, alias_name=None):
    return _SpecialGenericAlias(_abc[name], nparams, name=alias_name or name)


Hashable = _abc_alias('Hashable', 0)
Awaitable = _abc_alias('Awaitable', 1)
Coroutine = _abc_alias('Coroutine', 3)
AsyncIterable = _abc_alias('AsyncIterable', 1)
AsyncIterator = _abc_alias('AsyncIterator', 1)
Iterable = _abc_alias('Iterable', 1)
Iterator = _abc_alias('Iterator', 1)
Reversible = _abc_alias('Reversible', 1)
Sized = _abc_alias('Sized', 0)
Container = _abc_alias('Container', 1)
Collection = _abc_alias('Collection', 1)
Callable = _CallableForm(_abc['Callable'], 2, name='Callable')
AbstractSet = _abc_alias('Set', 1, 'AbstractSet')
MutableSet = _abc_alias('MutableSet', 1)
Mapping = _abc_alias('Mapping', 2)
MutableMapping = _abc_alias('MutableMapping', 2)
Sequence = _abc_alias('Sequence', 1)
MutableSequence = _abc_alias('MutableSequence', 1)
ByteString = _abc_alias('ByteString', 0)
MappingView = _abc_alias('MappingView', 1)
KeysView = _abc_alias('KeysView', 1)
ItemsView = _abc_alias('ItemsView', 2)
ValuesView = _abc_alias('ValuesView', 1)
Generator = _abc_alias('Generator', 3)
AsyncGenerator = _abc_alias('AsyncGenerator', 2)
ContextManager = _abc_alias('AbstractContextManager', 1, 'ContextManager')
AsyncContextManager = _abc_alias('AbstractAsyncContextManager', 1, 'AsyncContextManager')
Tuple = _TupleForm(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Type = _SpecialGenericAlias(type, 1, name='Type')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Pattern = _SpecialGenericAlias(_named_type('re', 'Pattern'), 1, name='Pattern')
Match = _SpecialGenericAlias(_named_type('re', 'Match'), 1, name='Match')

Text = str


# ---------------------------------------------------------------- type variables

def _variance_mark(var):
    if var.__covariant__:
        return '+'
    if var.__contravariant__:
        return '-'
    return '~'


class _VariableBase:
    """What TypeVar and ParamSpec share: variance, repr, | and pickling by name."""

    def _set_variance(self, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        return _variance_mark(self) + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f'type {cls.__mro__[1].__name__!r} is not an acceptable base type')


class TypeVar(_VariableBase):
    """T = TypeVar('T'), optionally with constraints, a bound, or a variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(
            _valid_type(c, 'TypeVar(name, constraint, ...): constraints must be types.')
            for c in constraints)
        self.__bound__ = None if bound is None else _valid_type(bound, 'Bound must be a type.')
        module = _caller_module()
        if module is not None and module != __name__:
            self.__module__ = module

    def __typing_subst__(self, arg):
        # What list[T][arg] and (T | None)[arg] put in T's place.
        return _valid_type(arg, 'Parameters to generic types must be types.')


class _ParamSpecPart:
    """P.args or P.kwargs: equal when of the same kind and ParamSpec."""

    _suffix = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._suffix}'

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other.__origin__ == self.__origin__

    def __hash__(self):
        return hash((self._suffix, self.__origin__))


class ParamSpecArgs(_ParamSpecPart):
    _suffix = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    _suffix = 'kwargs'


class ParamSpec(_VariableBase):
    """P = ParamSpec('P'): the parameters of a callable, as in Callable[P, int]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        self.__bound__ = None if bound is None else _valid_type(bound, 'Bound must be a type.')
        module = _caller_module()
        if module is not None and module != __name__:
            self.__module__ = module

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple:
    """Ts = TypeVarTuple('Ts'): any number of types, written *Ts or Unpack[Ts]."""

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------- Generic and Protocol

class Generic:
    """Base class of generic classes: class Box(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(_is_type_variable(p) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                f'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            return _GenericAlias(cls, params)
        variables = cls.__dict__.get('__parameters__', ())
        if not variables:
            raise TypeError(f'{cls} is not a generic class')
        params = tuple(_valid_type(p, 'Parameters to generic types must be types.') for p in params)
        if len(variables) == 1 and isinstance(variables[0], ParamSpec) and not (
                len(params) == 1 and isinstance(params[0], (list, tuple, ParamSpec))):
            params = (list(params),)
        if len(params) != len(variables):
            raise _too_many_or_few(cls, len(params), len(variables))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls.__parameters__ = _class_parameters(cls)


def _class_parameters(cls):
    """The type variables a class statement declares, from its subscripted bases."""
    written = cls.__dict__.get('__orig_bases__')
    if written is None:
        # Only subscripted bases record __orig_bases__: class X(Generic) is an error.
        if Generic in cls.__bases__ and cls.__name__ != 'Protocol' \
                and not isinstance(cls, _TypedDictMeta):
            raise TypeError('Cannot inherit from plain Generic')
        return ()
    if Generic in written:
        raise TypeError('Cannot inherit from plain Generic')
    found = _free_variables(written)
    declared = None
    for base in written:
        if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
            if declared is not None:
                raise TypeError('Cannot inherit from Generic[...] multiple times.')
            declared = base
    if declared is None:
        return found
    missing = [v for v in found if v not in declared.__parameters__]
    if missing:
        listed = ', '.join(str(v) for v in declared.__parameters__)
        raise TypeError(f"Some type variables ({', '.join(str(v) for v in missing)}) are not "
                        f'listed in {declared.__origin__.__name__}[{listed}]')
    return declared.__parameters__


# Names a protocol class has that are not part of the protocol it describes.
_NOT_PROTOCOL_MEMBERS = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__init_subclass__', '__qualname__', '__firstlineno__',
    '__static_attributes__', '__match_args__', '__protocol_attrs__', '__non_callable_proto_members__',
    '_is_protocol', '_is_runtime_protocol', '__orig_class__', '__classcell__'])


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__:
        if base is Protocol or base is Generic or base is object:
            continue
        if not base.__dict__.get('_is_protocol', False):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        members.update(n for n in names if n not in _NOT_PROTOCOL_MEMBERS and not n.startswith('_abc_'))
    return members


class _ProtocolMeta(type):
    def __instancecheck__(cls, obj):
        if cls in type(obj).__mro__:
            return True
        if not cls.__dict__.get('_is_protocol', False):
            return False
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        for name in _protocol_members(cls):
            if callable(getattr(cls, name, None)):
                if not _provides(obj, name):
                    return False
            elif not hasattr(obj, name):
                return False
        return True

    def __subclasscheck__(cls, other):
        # issubclass() against a runtime protocol made only of methods: the other class (or a base)
        # defines each member, and none of them is set to None.
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if not cls.__dict__.get('_is_protocol', False):
            return type.__subclasscheck__(cls, other)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        members = _protocol_members(cls)
        if not all(callable(getattr(cls, name, None)) for name in members):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if type.__subclasscheck__(cls, other):
            return True
        for name in members:
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


def _refuse_protocol_instance(self, *args, **kwargs):
    kind = type(self)
    if kind.__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')
    # A concrete class below a protocol: run the next __init__ that is not this one.
    for base in kind.__mro__:
        init = base.__dict__.get('__init__')
        if init is None or init is _refuse_protocol_instance:
            continue
        if base is not object:
            init(self, *args, **kwargs)
        return


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocols: classes describing what methods an object has."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(base is Protocol for base in cls.__bases__)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _refuse_protocol_instance


_PLAIN_INVALID_CLASSES += [Generic, Protocol]


def runtime_checkable(cls):
    """Let isinstance() test a protocol by the presence of its members."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------- Annotated

class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: T with metadata; nested Annotated flatten."""

    def __init__(self, origin, metadata):
        inner = origin
        if isinstance(inner, _AnnotatedAlias):
            inner, metadata = inner.__origin__, (*inner.__metadata__, *metadata)
        super().__init__(inner, (inner,))
        self.__metadata__ = tuple(metadata)

    def with_args(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_show(self.__origin__)}, {extras}]'

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__metadata__, self.__origin__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[int, 'metadata']: a type carrying extra values for tools to read."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if type(params) is not tuple or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _valid_type(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


# ---------------------------------------------------------------- small functions

def cast(typ, val):
    """Tell a type checker val has type typ; at run time val itself."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {shown}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


_overloads = {}  # (module, qualname) -> the @overload signatures seen for it


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return getattr(func, '__module__', None), getattr(func, '__qualname__', None)


def _called_overload(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    _overloads.setdefault(_overload_key(func), []).append(func)
    return _called_overload


def get_overloads(func):
    return list(_overloads.get(_overload_key(func), ()))


def clear_overloads():
    _overloads.clear()


def final(f):
    """Mark a class or method final; records __final__ = True where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function (or a class and its own methods) as not to be type checked."""
    if isinstance(arg, type):
        for value in list(arg.__dict__.values()):
            target = getattr(value, '__func__', value)
            if type(target) is _FunctionType and target.__qualname__.startswith(arg.__qualname__ + '.'):
                try:
                    target.__no_type_check__ = True
                except (AttributeError, TypeError):
                    pass
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def marking_decorator(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return marking_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    settings = {'eq_default': eq_default, 'order_default': order_default,
                'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
                'kwargs': kwargs}

    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = settings
        return cls_or_fn
    return mark


# ---------------------------------------------------------------- introspection

def get_origin(tp):
    """List[int] -> list, Union[int, str] -> Union, Annotated[...] -> Annotated, else None."""
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    if not isinstance(tp, (_BaseAlias, _ParamSpecPart, _GenericAliasType)):
        return None
    return Annotated if isinstance(tp, _AnnotatedAlias) else tp.__origin__


def get_args(tp):
    """Dict[str, int] -> (str, int); Callable[[int], str] -> ([int], str); else ()."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and _callable_arguments_form(args[0]):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _GenericAliasType, _UnionType)):
        return tp.__args__
    return ()


_GenericAliasType = type(list[int])
_UnionType = type(int | str)


class _Reader:
    """Reads the expression of a string annotation ('List[int]', 'Optional["Node"]') and
    looks its names up: PyPack cannot eval(), and annotations use a small part of Python."""

    _PUNCTUATION = '[](),|.'

    def __init__(self, text, lookup):
        self.text = text
        self.lookup = lookup
        self.tokens = self._split(text)
        self.at = 0

    def _split(self, text):
        tokens = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif text.startswith('...', i):
                tokens.append(('value', Ellipsis))
                i += 3
            elif ch in self._PUNCTUATION:
                tokens.append(('op', ch))
                i += 1
            elif ch in '\'"':
                end = text.find(ch, i + 1)
                if end < 0:
                    raise SyntaxError(f'Forward reference must be an expression -- got {text!r}')
                tokens.append(('value', text[i + 1:end]))
                i = end + 1
            elif ch.isdigit() or (ch == '-' and i + 1 < len(text) and text[i + 1].isdigit()):
                j = i + 1
                while j < len(text) and (text[j].isalnum() or text[j] in '._'):
                    j += 1
                word = text[i:j]
                tokens.append(('value', float(word) if '.' in word or 'e' in word else int(word, 0)))
                i = j
            elif ch.isidentifier():
                j = i + 1
                while j < len(text) and (text[j].isalnum() or text[j] == '_'):
                    j += 1
                tokens.append(('name', text[i:j]))
                i = j
            else:
                raise SyntaxError(f'Forward reference must be an expression -- got {text!r}')
        return tokens

    def _peek(self):
        return self.tokens[self.at] if self.at < len(self.tokens) else ('end', None)

    def _take(self, op):
        if self._peek() != ('op', op):
            raise SyntaxError(f'Forward reference must be an expression -- got {self.text!r}')
        self.at += 1

    def read(self):
        value = self._union()
        if self.at != len(self.tokens):
            raise SyntaxError(f'Forward reference must be an expression -- got {self.text!r}')
        return value

    def _union(self):
        value = self._postfix()
        while self._peek() == ('op', '|'):
            self.at += 1
            value = Union[value, self._postfix()]
        return value

    def _postfix(self):
        value = self._atom()
        while True:
            kind, token = self._peek()
            if (kind, token) == ('op', '.'):
                self.at += 1
                kind, name = self._peek()
                if kind != 'name':
                    raise SyntaxError(f'Forward reference must be an expression -- got {self.text!r}')
                self.at += 1
                value = getattr(value, name)
            elif (kind, token) == ('op', '['):
                self.at += 1
                items, tupled = self._items(']')
                value = value[tuple(items) if tupled else items[0]]
            else:
                return value

    def _items(self, closing):
        items = []
        tupled = False
        while self._peek() != ('op', closing):
            items.append(self._union())
            if self._peek() == ('op', ','):
                self.at += 1
                tupled = True
            else:
                break
        self._take(closing)
        return items, tupled or len(items) != 1

    def _atom(self):
        kind, token = self._peek()
        self.at += 1
        if kind == 'value':
            return token
        if kind == 'name':
            if token in ('None', 'True', 'False'):
                return {'None': None, 'True': True, 'False': False}[token]
            return self.lookup(token)
        if (kind, token) == ('op', '['):
            items, _ = self._items(']')
            return items
        if (kind, token) == ('op', '('):
            items, tupled = self._items(')')
            return tuple(items) if tupled else items[0]
        raise SyntaxError(f'Forward reference must be an expression -- got {self.text!r}')


# The builtins an annotation may name (PyPack has no builtins module to look them up in).
_BUILTINS = {kind.__name__: kind for kind in (
    int, float, complex, bool, str, bytes, bytearray, memoryview, list, tuple, dict, set,
    frozenset, range, slice, type, object, property, classmethod, staticmethod, BaseException,
    Exception, ArithmeticError, LookupError, ValueError, TypeError, KeyError, IndexError,
    AttributeError, NameError, RuntimeError, OSError, StopIteration, NotImplementedError)}
_BUILTINS.update(callable=callable, len=len, iter=iter, next=next, repr=repr, print=print,
                 isinstance=isinstance, Ellipsis=Ellipsis, NotImplemented=NotImplemented)


def _namespace_lookup(globalns, localns, module_name):
    module = sys.modules.get(module_name) if module_name else None

    def lookup(name):
        for namespace in (localns, globalns):
            if namespace is not None and name in namespace:
                return namespace[name]
        if module is not None:
            value = getattr(module, name, _ABSENT)
            if value is not _ABSENT:
                return value
        if name in _BUILTINS:
            return _BUILTINS[name]
        raise NameError(f"name '{name}' is not defined")
    return lookup


def _resolve(hint, lookup, depth=0):
    """hint with its strings and ForwardRefs replaced by what they name."""
    if hint is None:
        return _NoneType
    if isinstance(hint, str):
        hint = ForwardRef(hint)
    if isinstance(hint, ForwardRef):
        if depth > 20:
            return hint
        value = _Reader(hint.__forward_arg__, lookup).read()
        return _resolve(value, lookup, depth + 1)
    if isinstance(hint, _GenericAlias) and not isinstance(hint, _LiteralGenericAlias):
        args = tuple(_resolve_argument(a, lookup, depth) for a in hint.__args__)
        if args != hint.__args__:
            return hint.with_args(args)
    return hint


def _resolve_argument(arg, lookup, depth):
    if isinstance(arg, (str, ForwardRef)) or isinstance(arg, _GenericAlias):
        return _resolve(arg, lookup, depth)
    if isinstance(arg, list):
        return [_resolve_argument(a, lookup, depth) for a in arg]
    return arg


def _without_extras(hint):
    """hint with Annotated, Required and NotRequired taken off, at every depth."""
    if isinstance(hint, _AnnotatedAlias):
        return _without_extras(hint.__origin__)
    if isinstance(hint, _GenericAlias) and hint.__origin__ in (Required, NotRequired):
        return _without_extras(hint.__args__[0])
    if isinstance(hint, _GenericAlias) and not isinstance(hint, _LiteralGenericAlias):
        args = tuple(_without_extras(a) for a in hint.__args__)
        if args != hint.__args__:
            return hint.with_args(args)
    return hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), function or module, evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in obj.__mro__[::-1]:
            own = base.__dict__.get('__annotations__', {})
            if not own:
                continue
            base_locals = dict(base.__dict__) if localns is None else localns
            lookup = _namespace_lookup(globalns, base_locals, base.__module__)
            for name, value in own.items():
                hints[name] = _resolve(value, lookup)
    else:
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if callable(obj) or isinstance(obj, type(sys)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        target = obj
        while hasattr(target, '__wrapped__'):
            target = target.__wrapped__
        module_name = obj.__name__ if isinstance(obj, type(sys)) else getattr(target, '__module__', None)
        lookup = _namespace_lookup(globalns, localns, module_name)
        for name, value in annotations.items():
            hints[name] = _resolve(value, lookup)
    if include_extras:
        return hints
    return {name: _without_extras(hint) for name, hint in hints.items()}


# ---------------------------------------------------------------- NewType

class NewType:
    """UserId = NewType('UserId', int): a distinct name for a type; calling it returns the value."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = _caller_module('__main__')

    def __mro_entries__(self, bases):
        supertype_name = self.__name__

        class CannotSubclass:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking '
                                f'for: `{sub} = NewType({sub!r}, {supertype_name})`')
        return (CannotSubclass,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- NamedTuple

# Attributes a NamedTuple class body may not define: namedtuple makes them.
_NAMEDTUPLE_RESERVED = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                  '_field_defaults', '_make', '_replace', '_asdict', '_source'])


def _typed_namedtuple(typename, fields, module, defaults=()):
    names = [name for name, _ in fields]
    types = {name: _valid_type(tp, f'field {name} annotation must be a type') for name, tp in fields}
    made = collections.namedtuple(typename, names, defaults=defaults, module=module)
    made.__annotations__ = types
    made.__new__.__annotations__ = dict(types)
    return made


class NamedTupleMeta(type):
    """Builds the namedtuple a `class X(NamedTuple)` statement describes."""

    def __new__(mcls, typename, bases, namespace):
        generic = False
        for base in bases:
            if base is Generic:
                generic = True
            elif base is not _NamedTupleBase:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        fields = list(namespace.get('__annotations__', {}).items())
        with_default = []
        for name, _ in fields:
            if name in namespace:
                with_default.append(name)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {name} cannot follow default '
                                f"field{plural} {', '.join(with_default)}")
        made = _typed_namedtuple(typename, fields, namespace.get('__module__'),
                                 [namespace[n] for n in with_default])
        field_names = set(made._fields)
        for key, value in namespace.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key in field_names or key in ('__module__', '__name__', '__annotations__'):
                continue
            if key == '__doc__' and value is None:
                continue
            setattr(made, key, value)
        if generic:
            made.__parameters__ = _free_variables(namespace.get('__orig_bases__', ()))
            made.__class_getitem__ = classmethod(lambda cls, params: _GenericAlias(cls, _as_tuple(params)))
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Point = NamedTuple('Point', [('x', int), ('y', int)]), or the class syntax."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _typed_namedtuple(typename, list(fields), _caller_module())


_NamedTupleBase = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


# ---------------------------------------------------------------- TypedDict

def _requiredness(hint, total):
    """Whether a TypedDict key is required: Required/NotRequired win over total."""
    while isinstance(hint, _AnnotatedAlias):
        hint = hint.__origin__
    origin = getattr(hint, '__origin__', None)
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    """Metaclass of TypedDict classes: they are dict at run time, with key information."""

    def __new__(mcls, name, bases, namespace, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        made = type.__new__(_TypedDictMeta, name, (dict,), dict(namespace))
        message = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _valid_type(tp, message) for key, tp in namespace.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            inherited = base.__dict__
            annotations.update(inherited.get('__annotations__', {}))
            required.update(inherited.get('__required_keys__', ()))
            optional.update(inherited.get('__optional_keys__', ()))
        annotations.update(own)
        for key, hint in own.items():
            if _requiredness(hint, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if '__total__' not in made.__dict__:
            made.__total__ = total
        if any(b is Generic for b in bases) or namespace.get('__orig_bases__'):
            made.__parameters__ = _free_variables(namespace.get('__orig_bases__', ()))
        return made

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """Movie = TypedDict('Movie', {'name': str, 'year': int}), or the class syntax."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    namespace = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        namespace['__module__'] = module
    return _TypedDictMeta(typename, (), namespace, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not _TypedDictBase


# ---------------------------------------------------------------- I/O classes and protocols

class IO(Generic[AnyStr]):
    """The type of what open() returns (a stand-in: not the io classes' base)."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


_T_co = TypeVar('_T_co', covariant=True)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[_T_co]):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[_T_co]):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


del _name, _abstract, _test
