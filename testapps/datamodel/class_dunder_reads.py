# Dunder attributes read from classes at one site many times (int.__repr__, object.__new__(cls),
# type(x).__repr__) while the classes, their bases and metaclasses change under the site.


class Base:
    def __repr__(self):
        return "Base()"


class Sub(Base):
    pass


def repr_of(cls):
    return cls.__repr__


def names(cls):
    return cls.__name__, cls.__qualname__, cls.__module__, cls.__doc__


for _ in range(3):
    print(repr_of(int) is int.__repr__, repr_of(Sub) is Base.__repr__, repr_of(dict).__name__)

# The subclass defines it after the site is warm; then the base changes; then both are removed.
Sub.__repr__ = lambda self: "Sub()"
print(repr_of(Sub)(Sub()), repr(Sub()))
Base.__repr__ = lambda self: "Base2()"
print(repr_of(Sub)(Sub()), repr_of(Base)(Base()))
del Sub.__repr__
print(repr_of(Sub)(Sub()))
del Base.__repr__
print(repr_of(Sub) is object.__repr__, repr(Sub()).startswith("<__main__.Sub object"))


# object.__new__(cls) in a classmethod, as pathlib and enum make instances.
class Made:
    __slots__ = ("value",)

    @classmethod
    def make(cls, value):
        obj = object.__new__(cls)
        obj.value = value
        return obj


class MadeSub(Made):
    __slots__ = ()


print([type(Made.make(i)).__name__ for i in range(2)], MadeSub.make(3).value)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)


# The names type answers itself: assigned after warm reads.
class Named:
    """doc one"""


for _ in range(2):
    print(names(Named))
Named.__name__ = "Renamed"
Named.__qualname__ = "Outer.Renamed"
Named.__module__ = "elsewhere"
Named.__doc__ = "doc two"
print(names(Named))


# A metaclass with a data descriptor of a dunder name comes before the class's own attribute.
class Meta(type):
    @property
    def __marker__(cls):
        return "meta property on " + cls.__name__


class WithMeta(metaclass=Meta):
    __marker__ = "class attribute"


class Plain:
    __marker__ = "class attribute"


def marker(cls):
    return cls.__marker__


for _ in range(2):
    print(marker(WithMeta), "|", marker(Plain))
Meta.__marker__ = "meta plain value"
print(marker(WithMeta), "|", marker(Plain))


# __init_subclass__ and __class_getitem__ (implicit classmethods) read from the class.
class Registry:
    seen = []

    def __init_subclass__(cls, **kwargs):
        Registry.seen.append(cls.__name__)

    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item)


def hook(cls):
    return cls.__init_subclass__, cls.__class_getitem__


for _ in range(2):
    h, g = hook(Registry)
    print(h.__self__ is Registry, g("int"))


class One(Registry):
    pass


print(Registry.seen, hook(One)[1]("str"))
