"""types, in part: the names of built-in types PyPack has, found from sample objects."""

import sys
import _types

__all__ = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType', 'ModuleType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'NoneType', 'MappingProxyType', 'CodeType', 'FrameType',
           'EllipsisType', 'NotImplementedType', 'GenericAlias', 'UnionType', 'SimpleNamespace', 'coroutine',
           'new_class', 'resolve_bases', 'prepare_class']


def _sample_generator():
    yield None


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield None


class _Sample:
    def method(self):
        return None


FunctionType = LambdaType = type(_sample_generator)
GeneratorType = type(_sample_generator())
_c = _sample_coroutine()
CoroutineType = type(_c)
_c.close()
del _c
AsyncGeneratorType = type(_sample_async_generator())
MethodType = type(_Sample().method)
BuiltinFunctionType = BuiltinMethodType = type(len)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
CodeType = type(_sample_generator.__code__)
FrameType = type(sys._getframe())
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        shown = _shown_namespaces
        if id(self) in shown:
            return 'namespace(...)' if type(self) is SimpleNamespace else f'{type(self).__name__}(...)'
        shown.add(id(self))
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            shown.discard(id(self))
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_shown_namespaces = set()

del sys


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        entries = base.__mro_entries__(bases)
        updated = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        # The entries replace the base where it stood; later indexes move by what was added.
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # A real metaclass: the most derived one among it and the bases' metaclasses wins.
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def coroutine(func):
    """Make a generator function usable with await: its generators become awaitable as they are."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if _types.mark_iterable_coroutine(func):
        return func

    # Any other callable: what it returns is checked at each call, and a generator-like object
    # that is not a coroutine gets a wrapper with __await__.
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType or (coro.__class__ is GeneratorType and _types.is_iterable_coroutine(coro)):
            return coro
        import collections.abc
        if isinstance(coro, collections.abc.Generator) and not isinstance(coro, collections.abc.Coroutine):
            return _GeneratorWrapper(coro)
        return coro

    for name in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'):
        try:
            value = getattr(func, name)
        except AttributeError:
            continue
        setattr(wrapped, name, value)
    wrapped.__dict__.update(getattr(func, '__dict__', {}))
    wrapped.__wrapped__ = func
    return wrapped


class _GeneratorWrapper:
    """A generator-like object seen through types.coroutine(): the same object, plus __await__."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, *rest):
        return self.__wrapped.throw(typ, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__
