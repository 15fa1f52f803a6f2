class Animal:
    """An animal."""
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"

a = Animal("generic")
d = Dog("rex", "lab")
print(a.speak())
print(d.speak())
print(repr(a), d, Animal.count, d.kind, a.kind, Dog.kind)
print(type(d).__name__, type(d) is Dog, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__)
print(Animal.__doc__, Dog.__doc__, Dog.__qualname__, Dog.__module__)
m = d.speak
print(m())

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i == 0: return self.x
        if i == 1: return self.y
        raise IndexError("Vec index out of range")
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __bool__(self):
        return self.x != 0 or self.y != 0

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, v == Vec(1, 2), v != w, -v, len(v), v[1], bool(Vec(0, 0)))
print(list(v))
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v.__hash__()
except TypeError as e:
    print(e)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._c = value
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls):
        return cls()

t = Temp.make()
t.c = 25
print(t.c, Temp.unit(), t.unit(), type(t).__name__)
try:
    t.c = -300
except ValueError as e:
    print(e)

class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

try:
    raise MyError("bad", 42)
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
except Exception:
    print("wrong")

class Plain:
    pass
p = Plain()
p.x = 1
print(p.x)
try:
    p.y
except AttributeError as e:
    print(e)
print(Plain().__class__.__name__)
try:
    Plain(1)
except TypeError as e:
    print(e)
