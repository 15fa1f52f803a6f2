# __slots__ combined with properties, class attributes, defaults and errors.
class Point:
    __slots__ = ("_x", "_y")

    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        if value < 0:
            raise ValueError("x must be >= 0")
        self._x = value

    @property
    def norm1(self):
        return abs(self._x) + abs(self._y)


p = Point(1, -2)
print(p.x, p.norm1)
p.x = 5
print(p.x, p.norm1)
for attempt in ("neg", "new", "norm1", "dict"):
    try:
        if attempt == "neg":
            p.x = -1
        elif attempt == "new":
            p.z = 1
        elif attempt == "norm1":
            p.norm1 = 3
        else:
            print(p.__dict__)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)


class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Lazy:
    __slots__ = ("value",)


lz = Lazy()
try:
    lz.value
except AttributeError as e:
    print(type(e).__name__, e)
lz.value = 1
print(lz.value)
del lz.value
try:
    del lz.value
except AttributeError as e:
    print(type(e).__name__, e)


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)


class Sub(Point):
    pass


s = Sub(1, 2)
s.extra = 3
print(s.extra, s.__dict__, s.x)


class SubSlots(Point):
    __slots__ = ("z",)


ss = SubSlots(1, 2)
ss.z = 9
print(ss.z, ss.norm1, hasattr(ss, "__dict__"))
print(sorted(Point.__slots__), SubSlots.__slots__)
print(type(Point.__dict__["_x"]).__name__)


class StrSlot:
    __slots__ = "only"


so = StrSlot()
so.only = "one"
print(so.only, StrSlot.__slots__)
