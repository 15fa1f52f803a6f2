"""Tools for functions and callables: functools as CPython 3.11 documents it, written for PyPack.

partial, partialmethod, reduce, wraps/update_wrapper, lru_cache/cache, cached_property,
total_ordering, cmp_to_key, singledispatch and singledispatchmethod.
"""

import sys
from reprlib import recursive_repr
from _lru_cache import _lru_cache_wrapper
import _partial
from _types import c_type_name as _c_type_name

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

_MISSING = object()


# ---------------------------------------------------------------- wrapping

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # After the __dict__ update: a __wrapped__ inherited from wrapped's dict must not win.
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


# ---------------------------------------------------------------- total_ordering

# For each operator a class may define, how the other three follow from it. Each entry is
# (name, negate the root's answer, combine with equality): None, 'or' (r or a == b),
# 'and' (r and a != b).
_DERIVATIONS = {
    '__lt__': (('__gt__', True, 'and'), ('__le__', False, 'or'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'or'), ('__lt__', False, 'and'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'and'), ('__ge__', False, 'or'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'or'), ('__gt__', False, 'and'), ('__lt__', True, None)),
}
# When several are defined the first of these is the one the others are derived from.
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def _derived_comparison(root, name, negate, combine):
    def compare(self, other):
        answer = getattr(type(self), root)(self, other)
        if answer is NotImplemented:
            return answer
        if negate:
            answer = not answer
        if combine == 'or':
            return answer or self == other
        if combine == 'and':
            return answer and self != other
        return answer
    compare.__name__ = name
    return compare


def total_ordering(cls):
    defined = [name for name in _ROOT_PREFERENCE
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, negate, combine in _DERIVATIONS[root]:
        if name not in defined:
            setattr(cls, name, _derived_comparison(root, name, negate, combine))
    return cls


# ---------------------------------------------------------------- cmp_to_key

class _Key:
    """What cmp_to_key's key function returns: orders values through the cmp function."""

    __slots__ = ('obj', '_cmp')
    __hash__ = None

    def __init__(self, obj, cmp):
        self.obj = obj
        self._cmp = cmp

    def _against(self, other):
        if not isinstance(other, _Key):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._against(other) < 0

    def __le__(self, other):
        return self._against(other) <= 0

    def __gt__(self, other):
        return self._against(other) > 0

    def __ge__(self, other):
        return self._against(other) >= 0

    def __eq__(self, other):
        return self._against(other) == 0

    def __ne__(self, other):
        return self._against(other) != 0


_Key.__name__ = _Key.__qualname__ = 'KeyWrapper'  # the name CPython shows for these keys


def cmp_to_key(mycmp):
    def key(obj):
        return _Key(obj, mycmp)
    return key


# ---------------------------------------------------------------- reduce

def reduce(*args):
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        total = args[2]
    else:
        total = next(items, _MISSING)
        if total is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = function(total, item)
    return total


# ---------------------------------------------------------------- partial

def _is_abstract(func):
    return bool(getattr(func, '__isabstractmethod__', False))


class partial:
    """partial(func, *args, **keywords): func with some arguments filled in."""

    __slots__ = ('_func', '_args', '_keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # partial(partial(f, 1), 2) is stored as partial(f, 1, 2), unless the inner one has
        # attributes of its own.
        if isinstance(func, partial) and not func.__dict__:
            args = func._args + args
            merged = dict(func._keywords)
            merged.update(keywords)
            keywords = merged
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords
        return self

    @property
    def func(self):
        return self._func

    @func.setter
    def func(self, value):
        raise AttributeError('readonly attribute')

    @property
    def args(self):
        return self._args

    @args.setter
    def args(self, value):
        raise AttributeError('readonly attribute')

    @property
    def keywords(self):
        return self._keywords

    @keywords.setter
    def keywords(self, value):
        raise AttributeError('readonly attribute')

    # func(*self._args, *args, **{**self._keywords, **keywords}), natively: one call, no
    # intermediate tuple, dict or list.
    __call__ = _partial.call

    @recursive_repr()
    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(a) for a in self._args)
        parts.extend(f'{k}={v!r}' for k, v in self._keywords.items())
        kind = type(self)
        name = 'functools.partial' if kind is partial else kind.__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        state = (self._func, self._args, self._keywords or None, self.__dict__ or None)
        return type(self), (self._func,), state

    def __setstate__(self, state):
        func, args, keywords, extra = state
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(keywords) if keywords else {}
        if extra:
            self.__dict__.update(extra)


class partialmethod:
    """partial for methods: the bound object is passed before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):  # flattened, as partial does
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown_args = ', '.join(repr(a) for a in self.args)
        shown_keywords = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        kind = type(self)
        return f'{kind.__module__}.{kind.__qualname__}({self.func}, {shown_args}, {shown_keywords})'

    def _unbound(self):
        stored = self

        def method(owner, /, *args, **keywords):
            return stored.func(owner, *stored.args, *args, **{**stored.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _MISSING)
                if owner is not _MISSING:
                    result.__self__ = owner
                return result
        return partial(self._unbound().__get__(obj, cls))

    @property
    def __isabstractmethod__(self):
        return _is_abstract(self.func)


# ---------------------------------------------------------------- lru_cache

_CacheInfo = None


def _cache_info(hits, misses, maxsize, currsize):
    # The namedtuple is built on first use: collections is large and imports this module.
    global _CacheInfo
    if _CacheInfo is None:
        import collections
        _CacheInfo = collections.namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _CacheInfo(hits, misses, maxsize, currsize)


def _cached(user_function, maxsize, typed):
    # The key, the lookup and the call run natively, as CPython's C version does.
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    update_wrapper(wrapper, user_function)
    return wrapper


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif isinstance(typed, bool) and callable(maxsize):
        # Used bare: @lru_cache
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorate(user_function):
        return _cached(user_function, maxsize, typed)
    return decorate


def cache(user_function, /):
    return _cached(user_function, None, False)


# ---------------------------------------------------------------- singledispatch

def _union_members(tp):
    """The classes of a Union annotation (typing.Union[int, str]), or None if it is not one."""
    typing = sys.modules.get('typing')
    if typing is None or typing.get_origin(tp) is not typing.Union:
        return None
    members = typing.get_args(tp)
    if all(isinstance(m, type) for m in members):
        return members
    return None


def singledispatch(func):
    registry = {object: func}
    resolved = {}  # dispatch results, reset by each registration
    shown_name = getattr(func, '__name__', None) or 'singledispatch function'

    def dispatch(cls):
        impl = resolved.get(cls)
        if impl is None:
            for klass in cls.__mro__:
                if klass in registry:
                    impl = registry[klass]
                    break
            resolved[cls] = impl
        return impl

    def store(classes, impl):
        for klass in classes:
            registry[klass] = impl
        resolved.clear()
        return impl

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda impl: store((cls,), impl)
            return store((cls,), func)
        members = _union_members(cls)
        if members is not None:
            if func is None:
                return lambda f: store(members, f)
            return store(members, func)
        if func is not None:
            raise TypeError(f'Invalid first argument to `register()`. '
                            f'{cls!r} is not a class or union type.')
        impl = cls
        # A classmethod or staticmethod is read through the function it wraps.
        annotated = impl if hasattr(impl, '__annotations__') else getattr(impl, '__func__', impl)
        annotations = getattr(annotated, '__annotations__', None) or {}
        if not annotations:
            raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                            f'Use either `@register(some_class)` or plain `@register` '
                            f'on an annotated function.')
        import typing
        argname, annotation = next(iter(typing.get_type_hints(annotated).items()))
        if isinstance(annotation, type):
            return store((annotation,), impl)
        members = _union_members(annotation)
        if members is None:
            raise TypeError(f'Invalid annotation for {argname!r}. '
                            f'{annotation!r} is not a class.')
        return store(members, impl)

    def dispatching(*args, **kwargs):
        if not args:
            raise TypeError(f'{shown_name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kwargs)

    dispatching.registry = registry
    dispatching.dispatch = dispatch
    dispatching.register = register
    dispatching._clear_cache = resolved.clear
    return update_wrapper(dispatching, func)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self or cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return _is_abstract(self.func)


# ---------------------------------------------------------------- cached_property

class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        instance = obj
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        kind = type(instance).__name__
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance "
                            f'to cache {name!r} property.') from None
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not support "
                                f'item assignment for caching {name!r} property.') from None
        return value

# CPython writes these in C: messages name them as its tp_name does.
_c_type_name(partial)
