# Methods that return numbers are called through their numeric entry (no box for the result)
# while the instance's class still gives that def; every way the guard can fail takes the
# ordinary call and must behave as CPython does.
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def norm(self):
        return math.sqrt(self.dot(self))

    def scale(self, k=2.0):
        return (self.x + self.y) * k

    def ratio(self, d):
        if d == 0:
            return
        return self.x / d

    def inv(self):
        return 1 / self.x

    def fact(self, n):
        return 1 if n <= 1 else n * self.fact(n - 1)


class Loud(Vec):
    # Overrides dot with a method that returns a string.
    def dot(self, o):
        return "dot of Loud"


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a

    def twice(self):
        return self.a * 2


class Dynamic:
    def __init__(self):
        self.v = 3

    def __getattr__(self, name):
        return lambda *args: ("from __getattr__", name, args)

    def area(self, k):
        return self.v * k


class Num(float):
    def twice(self):
        return self * 2


def total(vs, w):
    t = 0.0
    for v in vs:
        t += v.dot(w)
    return t


def show(x):
    print(type(x).__name__, repr(x))


a, b = Vec(1.5, -2.0), Vec(3, 4)
show(a.dot(b))
show(b.dot(b))
show(a.norm())
show(b.norm())
show(a.scale())
show(b.scale(3))
show(a.ratio(0))
show(a.ratio(4))
show(b.ratio(2))
show(b.fact(25))
show(b.fact(3))
show(total([a, b, Vec(0.5, 0.25)], b))

# Special floats pass through unchanged.
z = Vec(-0.0, 0.0)
show(z.dot(Vec(1.0, 0.0)))
show(Vec(math.inf, 1.0).dot(Vec(0.0, 1.0)))
show(Vec(math.nan, 0.0).norm())
show(Vec(-0.0, -0.0).scale(1.0))

# A subclass that overrides the method: the guard sees another function.
show(Loud(1, 2).dot(b))
try:
    total([a, Loud(1, 1)], b)
except TypeError as e:
    print("TypeError:", e)

# An instance attribute shadows the method.
c = Vec(1.0, 1.0)
c.dot = lambda o: "instance attribute"
show(c.dot(b))
show(total([a], b))

# Defaults changed after the def.
Vec.scale.__defaults__ = (10,)
show(a.scale())

# Bound method objects and keyword calls still work.
m = a.dot
show(m(b))
show(a.dot(o=b))

# Slots, __getattr__ and float subclasses.
show(Slotted(2.5).twice())
show(Slotted(2 ** 62).twice())
show(Slotted("ab").twice())
d = Dynamic()
show(d.area(1.5))
show(d.missing(1))
show(Num(1.25).twice())
show(Num.twice(Num(-0.0)))

# An error inside the numeric entry propagates with the right type.
try:
    show(Vec(1.0, 0.0).ratio(0.0))
    show(Vec(0.0, 1.0).inv())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Vec("a", 1).dot(b)
except TypeError as e:
    print("TypeError:", e)

# The class is patched: every later call takes the new function.
Vec.dot = lambda self, o: [self.x, o.x]
show(a.dot(b))
show(total([a], b) if False else a.norm.__name__)
try:
    a.norm()
except TypeError as e:
    print("TypeError:", e)
del Vec.dot
try:
    total([a], b)
except AttributeError as e:
    print("AttributeError:", e)
