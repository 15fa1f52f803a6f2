from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING, FrozenInstanceError, InitVar, KW_ONLY


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p.norm1())
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    secret: str = field(default="s", init=False)


a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is b.items, a.secret)
print(Inventory("x", [1], 5) == Inventory("x", [1], 6))
print([f.name for f in fields(Inventory)], [f.init for f in fields(a)])
f0 = fields(Inventory)[1]
print(f0.name, f0.type, f0.default is MISSING, f0.default_factory is list, f0.repr, f0.compare, f0.hash, f0.kw_only, f0.metadata)
print(asdict(a), astuple(a))
print(replace(a, name="b"), is_dataclass(a), is_dataclass(Inventory), is_dataclass(3))
try:
    replace(a, secret="x")
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: fields(3), lambda: asdict(Point), lambda: astuple(3), lambda: replace(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 >= v2, sorted([v2, v1, Version(0)]), max(v1, v2))
print(hash(v1) == hash(Version(1, 2, "other")), len({v1, Version(1, 2)}))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    v1 < (1, 2)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Nested:
    point: Point
    tags: dict
    pairs: tuple


n = Nested(Point(1, 1), {"k": [Point(2, 2)]}, (Point(3, 3), 4))
print(asdict(n))
print(astuple(n))


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False)

    def __post_init__(self, scale):
        self.total = self.a * scale


print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(KW(1, c=3), KW(1, b=2, c=3))
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 2


print(AllKW(x=1), KW.__match_args__, AllKW.__match_args__)


@dataclass
class Child(Point):
    z: int = 9


print(Child(1, 2, 3), Child(1), [f.name for f in fields(Child)])

for make in ["order_without_eq", "mutable_default", "non_default_after_default", "frozen_mix"]:
    try:
        if make == "order_without_eq":
            @dataclass(order=True, eq=False)
            class Bad:
                a: int
        elif make == "mutable_default":
            @dataclass
            class Bad:
                a: list = []
        elif make == "non_default_after_default":
            @dataclass
            class Bad:
                a: int = 1
                b: int
        else:
            @dataclass
            class Bad(Version):
                c: int = 0
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: list = field(default_factory=list, hash=False)


print(hash(Hashed(5)) == hash(Hashed(5, [1])))


@dataclass(repr=False)
class NoRepr:
    v: int

    def __repr__(self):
        return "custom"


print(NoRepr(1))
