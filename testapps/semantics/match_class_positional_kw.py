# match class patterns: __match_args__ positional, keyword, builtin self-matching types, errors.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


class NoArgs:
    def __init__(self):
        self.a = 1


def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x=0, y=0), r=r):
            return f"centered circle r={r}"
        case Circle(c, r) if r > 10:
            return f"big circle at {c}"
        case Circle():
            return "some circle"
        case NoArgs(a=1):
            return "NoArgs with a=1"
        case int(n) if n < 0:
            return f"negative int {n}"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case str() as s if s:
            return f"str {s!r}"
        case float(f):
            return f"float {f}"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
        case (list() | tuple()) as seq:
            return f"sequence of {len(seq)}"
        case dict(d):
            return f"dict {d}"
        case _:
            return f"other {type(obj).__name__}"


for obj in (Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 5),
            Circle(Point(1, 1), 50), Circle(Point(1, 1), 5), NoArgs(), -3, True, 7, "hi", "", 1.5, 2j,
            [1, 2], (1,), {"k": 1}, None):
    print(describe(obj))


def errors(obj):
    try:
        match obj:
            case NoArgs(1):
                return "matched"
    except TypeError as e:
        return f"{type(e).__name__}: {e}"
    return "no match"


print(errors(NoArgs()))
print(errors(5))
try:
    match 2j:
        case complex(c):
            print(c)
except TypeError as e:
    print(type(e).__name__, e)


class TooMany:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


def too_many(obj):
    try:
        match obj:
            case TooMany(x, y):
                return (x, y)
    except TypeError as e:
        return f"{type(e).__name__}: {e}"


print(too_many(TooMany()))


class BadArgs:
    __match_args__ = ["a"]
    a = 1


try:
    match BadArgs():
        case BadArgs(v):
            print(v)
except TypeError as e:
    print(type(e).__name__, e)


def dup_kw(obj):
    match obj:
        case Point(x=1, y=2):
            return "exact"
        case Point(x=1):
            return "x only"
    return None


print(dup_kw(Point(1, 2)), dup_kw(Point(1, 5)), dup_kw(Point(2, 2)))
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)


class Missing:
    __match_args__ = ("gone",)


match Missing():
    case Missing(g):
        print("impossible", g)
    case _:
        print("missing attribute means no match")
