# issubclass() against runtime-checkable protocols: structural checks, None opting out, errors.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


@runtime_checkable
class ReadClose(Closable, Protocol):
    def read(self): ...


@runtime_checkable
class HasName(Protocol):
    name: str


class NotRuntime(Protocol):
    def f(self): ...


class File:
    def close(self): pass
    def read(self): return ""


class Sub(File):
    pass


class OptOut(File):
    close = None


class Explicit(Closable):
    pass


for cls in (File, Sub, OptOut, Explicit, int, list):
    print(cls.__name__, issubclass(cls, Closable), issubclass(cls, ReadClose))
print(issubclass(Closable, Closable), issubclass(ReadClose, Closable))
for args in ((1, Closable), (File, HasName), (File, NotRuntime)):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
print(isinstance(File(), Closable), isinstance(OptOut(), Closable), isinstance(Explicit(), Closable))
