"""types, in part: the names of built-in types PyPack has, found from sample objects."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'NoneType',
           'EllipsisType', 'NotImplementedType', 'GenericAlias', 'UnionType', 'SimpleNamespace']


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
ModuleType = type(sys)
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
