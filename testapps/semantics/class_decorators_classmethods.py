# Class decorators, classmethod/staticmethod behaviour, alternative constructors, class attributes vs instance.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]

    return get


@add_repr
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def distance(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)


print(Point(1, 2), Point.origin(), Point.distance(Point(0, 0), Point(3, 4)), Point.from_tuple((5, 6)))
p = Point(1, 1)
print(p.origin(), p.distance(p, Point(1, 2)), Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims, vars(p))
del p.dims
print(p.dims)


class Point3(Point):
    dims = 3


print(Point3.origin(), type(Point3.from_tuple((1, 2))).__name__, Point3.dims)


@singleton
class Config:
    def __init__(self, v=1):
        self.v = v


print(Config(5).v, Config(9).v, Config() is Config())
cm = Point.__dict__["origin"]
sm = Point.__dict__["distance"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, callable(sm))
print(Point.origin.__self__ is Point, Point.distance.__name__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count_at_init = Counter.count

    @classmethod
    def reset(cls):
        cls.count = 0


a, b = Counter(), Counter()
print(Counter.count, a.count_at_init, b.count_at_init, a.count)
Counter.reset()
print(Counter.count)


class Shared:
    items = []

    def add(self, x):
        self.items.append(x)


s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)


def method_outside(self):
    return f"outside {type(self).__name__}"


Shared.extra = method_outside
print(s1.extra(), Shared.extra(s2))
Shared.sm = staticmethod(lambda: "static added")
Shared.cm = classmethod(lambda cls: cls.__name__)
print(s1.sm(), Shared.cm(), s1.cm())
try:
    Point.origin(1)
except TypeError as e:
    print(type(e).__name__, e)
