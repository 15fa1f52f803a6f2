# Properties: validation in setters, deleters, read-only errors, inheritance and overriding.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        if "_value" not in self.__dict__:
            self.computed += 1
            self._value = 99
        return self._value


lz = Lazy()
print(lz.value, lz.value, lz.computed)


class Base:
    @property
    def name(self):
        return "base"


class Child(Base):
    @Base.name.getter
    def name(self):
        return "child"


class WithSetter(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v


print(Child().name, Base().name)
w = WithSetter()
w.name = "x"
print(w.name, w._n)

p = property(lambda self: 1, doc="the doc")
print(p.__doc__, p.fget is not None, p.fset, p.fdel)


class Plain:
    x = property(lambda self: "computed")


pl = Plain()
try:
    pl.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
pl.__dict__["x"] = "in dict"
print(pl.x)
print(type(Plain.__dict__["x"]).__name__, isinstance(Plain.x, property))


class Documented:
    @property
    def size(self):
        """The size."""
        return 3


print(Documented.size.__doc__)


class Overrides:
    @property
    def mode(self):
        return "property"

    mode = "plain attribute"


print(Overrides().mode)
