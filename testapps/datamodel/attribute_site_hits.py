# One attribute site read and written again and again with instances that change under it:
# the site's remembered (type, layout, index) must give way whenever the full protocol would
# answer differently.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(p):
    return p.x


def write_x(p, v):
    p.x = v


def bump_x(p):
    p.x += 0.5


a = Point(1, 2)
b = Point(3, 4)
for _ in range(3):
    print(read_x(a), read_x(b))
write_x(a, 10)
bump_x(b)
bump_x(b)
print(read_x(a), read_x(b), a.__dict__, b.__dict__)

# Another layout of the same class (attributes set in the other order) at the same site.
c = Point.__new__(Point)
c.y = 5
c.x = 6
print(read_x(c), list(c.__dict__))
write_x(c, 7)
print(read_x(c), read_x(a))

# A deleted attribute: the read falls back to the class, the write puts it last in __dict__.
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
Point.x = "class x"
print(read_x(a))
write_x(a, 11)
print(read_x(a), list(a.__dict__))
del Point.x


# The class gains a data descriptor for the name: it wins over the instance value from then on.
def get_x(self):
    return "property x"


def set_x(self, v):
    print("property set", v)


print(read_x(b))
Point.x = property(get_x, set_x)
print(read_x(b))
write_x(b, 99)
print(b.__dict__["x"])
del Point.x
print(read_x(b))
write_x(b, 12)
print(read_x(b))

# A non-data descriptor (a method) does not hide the instance value.
Point.x = lambda self: "method x"
print(read_x(b))
del b.x
print(read_x(b)())
del Point.x
b.x = 13


# __class__ assigned: the same layout under another class.
class Other:
    @property
    def x(self):
        return "Other.x"


d = Point(20, 21)
print(read_x(d))
d.__class__ = Other
print(read_x(d))
d.__class__ = Point
print(read_x(d))


# __dict__ asked for: the values move to a dict, the site must follow.
e = Point(30, 31)
print(read_x(e))
e.__dict__["x"] = 32
print(read_x(e))
write_x(e, 33)
print(e.__dict__)


# A subclass at the same site, and a subclass that overrides the name.
class Sub(Point):
    pass


class Shadow(Point):
    @property
    def x(self):
        return "Shadow.x"

    @x.setter
    def x(self, v):
        print("Shadow set", v)


for p in [a, Sub(40, 41), Shadow(50, 51), a, Sub(42, 43)]:
    print(type(p).__name__, read_x(p))
    write_x(p, 1)


# __slots__: a member that is empty reads as AttributeError, and stores still work.
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = Slotted(1.5)
t = Slotted(2.5)
print(read_x(s), read_x(t))
bump_x(s)
print(read_x(s), read_x(t))
del s.x
try:
    read_x(s)
except AttributeError as e:
    print("AttributeError:", e)
write_x(s, 3)
print(read_x(s))

# Floats stored in place stay distinct objects once handed out.
f = Point(0.0, 0.0)
held = []
for i in range(3):
    bump_x(f)
    held.append(read_x(f))
print(held, held[0] is held[1])


# A class with __getattr__ and one with __setattr__: the site never takes the plain path for them.
class Lazy:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "missing " + name


class Logged:
    def __init__(self):
        self.x = 1

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


g = Lazy()
print(read_x(g))
del g.x
print(read_x(g))
h = Logged()
write_x(h, 5)
print(read_x(h))
