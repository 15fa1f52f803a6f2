import dataclasses
from dataclasses import FrozenInstanceError, InitVar, KW_ONLY, dataclass, field, fields, make_dataclass


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


def mutable_default():
    @dataclass
    class A:
        items: list = []
    return A


def default_order():
    @dataclass
    class B:
        x: int = 0
        y: int
    return B


def both_defaults():
    return field(default=1, default_factory=list)


def frozen_mix():
    @dataclass
    class Base:
        x: int = 0

    @dataclass(frozen=True)
    class Child(Base):
        y: int = 1
    return Child


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int
    return C


def explicit_lt():
    @dataclass(order=True)
    class D:
        x: int

        def __lt__(self, other):
            return True
    return D


attempt("mutable default", mutable_default)
attempt("default order", default_order)
attempt("both defaults", both_defaults)
attempt("frozen mix", frozen_mix)
attempt("order without eq", order_without_eq)
attempt("explicit __lt__", explicit_lt)


@dataclass(frozen=True)
class Frozen:
    x: int
    tags: tuple = ()


fr = Frozen(1)
attempt("assign frozen", lambda: setattr(fr, "x", 2))
attempt("delete frozen", lambda: delattr(fr, "x"))
attempt("new attr frozen", lambda: setattr(fr, "y", 2))
print(issubclass(FrozenInstanceError, AttributeError), hash(fr) == hash(Frozen(1)))


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    doubled: int = field(init=False)

    def __post_init__(self, scale):
        self.doubled = self.x * scale


w = WithInit(3)
print(w, WithInit(3, 10).doubled, [f.name for f in fields(w)])
attempt("replace init=False", lambda: dataclasses.replace(w, doubled=1))
attempt("replace InitVar missing", lambda: dataclasses.replace(w, x=5))
print(dataclasses.replace(w, x=5, scale=3))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(KW(1), KW(1, c=9))
attempt("positional kw_only", lambda: KW(1, 2))
attempt("missing arg", lambda: KW())
attempt("unexpected arg", lambda: KW(1, d=4))

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
p = Point(1, -2)
print(p, p.norm(), dataclasses.is_dataclass(Point), [f.type for f in fields(Point)])
attempt("make_dataclass bad name", lambda: make_dataclass("Bad", ["class"]))
attempt("make_dataclass duplicate", lambda: make_dataclass("Dup", ["a", "a"]))
attempt("fields of non-dataclass", lambda: fields(int))
attempt("asdict of non-dataclass", lambda: dataclasses.asdict({"a": 1}))
attempt("replace non-dataclass", lambda: dataclasses.replace(3))
attempt("asdict of class", lambda: dataclasses.asdict(Point))
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(3))
print(type(dataclasses.MISSING).__name__, repr(fields(KW)[1].default), fields(KW)[1].kw_only)


@dataclass
class Base:
    x: int = 1
    y: str = "b"


@dataclass
class Derived(Base):
    y: str = "d"
    z: float = 0.5


print(Derived(), [f.name for f in fields(Derived)], Derived(2, "q", 1.5) == Derived(2, "q", 1.5))
print(Base() == Derived(), Base(1, "d") == Base(1, "d"))
