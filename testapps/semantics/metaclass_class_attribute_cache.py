# C.name read again and again at one site, under a metaclass: the metaclass may gain a data
# descriptor or a __getattribute__ of that name later, the class's value may change, an enum
# member is read as a class attribute.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Meta(type):
    def __getattr__(cls, name):
        return "meta getattr " + name


class C(metaclass=Meta):
    x = 1


def read_x(cls):
    return cls.x


def read_red():
    return Color.RED


print([read_red() is Color.RED for _ in range(3)], read_red())
print([read_x(C) for _ in range(3)], C.missing)
C.x = 2
print(read_x(C))
Meta.x = property(lambda cls: "meta property")
print(read_x(C))
del Meta.x
print(read_x(C))
Meta.x = "meta plain value"
print(read_x(C))
del C.x
print(read_x(C))
C.x = 3
print(read_x(C))
Meta.__getattribute__ = lambda cls, name: "meta getattribute " + name
print(read_x(C))
del Meta.__getattribute__
print(read_x(C))


class Sub(C):
    pass


print(read_x(Sub), read_x(C))
C.x = 4
print(read_x(Sub))


class Desc:
    def __get__(self, obj, owner):
        return "desc"


class Value:
    pass


v = Value()
C.x = v
print(read_x(C) is v)
Value.__get__ = lambda self, obj, owner: "gained get"
print(read_x(C))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print([read_red().name for _ in range(2)])
