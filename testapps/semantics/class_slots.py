# __slots__: no __dict__, errors for unknown attributes, inheritance, __dict__ in slots, defaults conflict.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))


class Loose(Point):
    pass


lo = Loose(1, 2)
lo.extra = "ok"
print(lo.extra, lo.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = 1
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(Point.x), Point.x.__name__ if hasattr(Point.x, "__name__") else None)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")) , "__weakref__" in Point.__dict__)


class Weak:
    __slots__ = ("a", "__weakref__")


print("__weakref__" in Weak.__dict__, sorted(k for k in Weak.__dict__ if k != "__doc__" and k != "__module__"))
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
