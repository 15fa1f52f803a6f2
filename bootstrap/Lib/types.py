"""types, in part: the names of built-in types PyPack has, found from sample objects."""

import sys
import _types

__all__ = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType', 'ModuleType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'NoneType', 'MappingProxyType', 'CodeType', 'FrameType',
           'EllipsisType', 'NotImplementedType', 'GenericAlias', 'UnionType', 'SimpleNamespace', 'coroutine']


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
