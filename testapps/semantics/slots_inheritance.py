# __slots__ across a hierarchy: which attributes can be set, __dict__ appearing, errors.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))


class Loose(Point):
    pass


lo = Loose(1, 2)
lo.anything = "ok"
print(lo.anything, vars(lo))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = 1
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)


class Defaults:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


d = Defaults()
print(d.a, getattr(d, "b", "unset"))
print(type(Point.x).__name__, Point.x.__name__)


class Base:
    __slots__ = ()


class Child(Base):
    __slots__ = ("c",)


ch = Child()
ch.c = 9
print(ch.c, Base.__slots__, Child.__slots__)
try:
    Base().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Prop:
    __slots__ = ("_v",)

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2


pr = Prop()
pr.v = 5
print(pr.v)
