# os.PathLike: an ABC recognising any class with __fspath__.
import os
import pathlib

print(os.PathLike, type(os.PathLike).__name__, os.PathLike.__abstractmethods__)
print(isinstance(pathlib.Path("x"), os.PathLike), isinstance(pathlib.PurePosixPath("x"), os.PathLike))
print(isinstance("x", os.PathLike), isinstance(b"x", os.PathLike), issubclass(str, os.PathLike))


class Duck:
    def __fspath__(self):
        return "/duck"


class NotPath:
    __fspath__ = None


class Child(Duck):
    pass


print(isinstance(Duck(), os.PathLike), issubclass(Child, os.PathLike), isinstance(NotPath(), os.PathLike))
print(os.fspath(Duck()), os.path.join(Duck(), "x"))


class Explicit(os.PathLike):
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


e = Explicit("/explicit")
print(isinstance(e, os.PathLike), os.fspath(e), Explicit.__mro__[1] is os.PathLike)


class Missing(os.PathLike):
    pass


try:
    Missing()
except TypeError as error:
    print(type(error).__name__, error)


class Registered:
    pass


os.PathLike.register(Registered)
print(isinstance(Registered(), os.PathLike))
print(os.PathLike[str])
from os import PathLike
print(PathLike is os.PathLike)
