# property: getter/setter/deleter, decorator chains, read-only errors, inheritance and overriding.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
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
t.celsius = 100
print(t.celsius, t.fahrenheit)
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
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__, Temperature.fahrenheit.fget.__name__)
print(Temperature.celsius.fset is not None, Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)


class Old:
    def get_x(self):
        return self._x

    def set_x(self, v):
        self._x = v * 2

    x = property(get_x, set_x, None, "The x.")


o = Old()
o.x = 5
print(o.x, Old.x.__doc__)


class Child(Temperature):
    @property
    def celsius(self):
        return "child " + str(super().celsius)


c = Child(3)
print(c.celsius)
try:
    c.celsius = 4
except AttributeError as e:
    print(type(e).__name__, e)


class Lazy:
    @property
    def value(self):
        print("computing")
        self.__dict__["cached"] = 1
        return 99


lz = Lazy()
print(lz.value, lz.value, lz.cached)
lz.__dict__["value"] = "shadow?"
print(lz.value)


class Raises:
    @property
    def bad(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return f"fallback {name}"


print(Raises().bad)
p = property()
try:
    p.__get__(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(p.__get__(None, int) is p)
