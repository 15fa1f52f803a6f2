import typing
from typing import Generic, NamedTuple, NewType, TypedDict, TypeVar

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
Co = TypeVar("Co", covariant=True)
print(T, N, B, Co, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__, T.__contravariant__)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box[int], Box[int](5).get(), Box.__parameters__, typing.get_args(Box[str]))
print(typing.get_origin(Box[int]) is Box, isinstance(b, Box), Generic in Box.__mro__)


class Pair(Generic[T, N]):
    pass


print(Pair[str, int], Pair.__parameters__)

for bad in [lambda: TypeVar("X", int), lambda: Box[int, str], lambda: Generic[int],
            lambda: TypeVar("Y", int, str, bound=int), lambda: isinstance(1, T), lambda: Pair[int]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Twice(Generic[T, T]):
        pass
except Exception as e:
    print(type(e).__name__, e)

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__name__, UserId.__supertype__, UserId)
try:
    class Sub(UserId):
        pass
except Exception as e:
    print(type(e).__name__, e)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def dist(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.dist(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1), p._asdict())
print(isinstance(p, tuple), p[0], len(p), Point._make([1, 2, "q"]))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__)
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except Exception as e:
    print(type(e).__name__, e)
try:
    Point()
except Exception as e:
    print(type(e).__name__, e)


class Movie(TypedDict):
    name: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Movie.__total__, Partial.__total__)
print(sorted(Movie.__annotations__))
Alt = TypedDict("Alt", {"a": int, "b-c": str})
print(Alt(a=1), sorted(Alt.__required_keys__))
try:
    isinstance(m, Movie)
except Exception as e:
    print(type(e).__name__, e)
