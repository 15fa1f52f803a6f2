# __init__ signatures and their errors, InitVar/__post_init__, KW_ONLY, inheritance order,
# __doc__, asdict/astuple copying, replace() and make_dataclass().
import collections
import dataclasses
from dataclasses import KW_ONLY, InitVar, asdict, astuple, dataclass, field, fields, make_dataclass, replace
from typing import ClassVar, List


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Defaults:
    a: int = 1
    b: str = "x"


for args, kwargs in [((1, 2, 3), {}), ((), {"c": 1}), ((1,), {"a": 1}), ((), {"b": "y"})]:
    attempt(f"Defaults{args}{kwargs}", lambda: Defaults(*args, **kwargs))


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True)
    c: int = 0


attempt("kw_only field", lambda: Mixed(1, b=2, c=3))
attempt("kw_only positional", lambda: Mixed(1, 2, 3))
attempt("kw_only missing", lambda: Mixed(1))
print(Mixed.__doc__, Mixed.__match_args__)


@dataclass
class Marker:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


attempt("marker", lambda: Marker(1, c=3))
attempt("marker missing two", lambda: Marker())
print(Marker.__doc__)


@dataclass
class Post:
    base: int
    factor: InitVar[int] = 2
    total: int = field(init=False)
    note: str = field(default="n", init=False)
    log: list = field(default_factory=list, init=False)

    def __post_init__(self, factor):
        self.total = self.base * factor
        self.log.append(factor)


p = Post(3)
print(p, Post(3, 5).total, sorted(vars(p)), Post.note, [f.name for f in fields(Post)])
print(Post.__doc__)
attempt("replace init=False", lambda: replace(p, note="m"))
attempt("replace InitVar", lambda: replace(p, base=4))
print(replace(p, base=4, factor=10))


@dataclass
class Base:
    x: int = 0
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), [f.name for f in fields(Derived)], Derived.__doc__)


def error(kind):
    if kind == "mutable":
        @dataclass
        class E:
            items: dict = {}
    elif kind == "order":
        @dataclass
        class E:
            a: int = 0
            b: int
    elif kind == "untyped field":
        @dataclass
        class E:
            a: int
            b = field(default=1)
    elif kind == "classvar factory":
        @dataclass
        class E:
            a: ClassVar[list] = field(default_factory=list)
    elif kind == "classvar kw_only":
        @dataclass
        class E:
            a: ClassVar[int] = field(default=1, kw_only=True)
    elif kind == "two markers":
        @dataclass
        class E:
            a: int
            _: KW_ONLY
            b: int
            c: KW_ONLY
    elif kind == "both defaults":
        field(default=1, default_factory=list)
    elif kind == "order without eq":
        @dataclass(eq=False, order=True)
        class E:
            a: int
    return "no error"


for kind in ["mutable", "order", "untyped field", "classvar factory", "classvar kw_only",
             "two markers", "both defaults", "order without eq"]:
    attempt(kind, lambda: error(kind))


@dataclass
class Annotated:
    a: int
    b: "List[int]"
    c: "ClassVar[int]" = 3
    d: "dataclasses.InitVar[int]" = 4
    e: List[int] = field(default_factory=list)
    f: Base = None
    g: ClassVar[str] = "class level"


print(Annotated.__doc__, [f.name for f in fields(Annotated)], Annotated.g)


@dataclass
class Documented:
    """Own docstring."""
    a: int


print(Documented.__doc__)

Point = collections.namedtuple("Point", "x y")


@dataclass
class Holder:
    name: str
    points: list
    table: dict
    pair: tuple
    inner: Base = None


h = Holder("h", [Point(1, [2])], {"k": (Base(), [3])}, (Base(5), 6), Base(7, 8))
d = asdict(h)
print(d)
print(astuple(h))
print(d["points"][0] is h.points[0], d["points"][0].y is h.points[0].y, type(d["points"][0]).__name__)
print(asdict(Base(), dict_factory=lambda pairs: [k for k, v in pairs]), astuple(Base(), tuple_factory=list))
attempt("asdict of class", lambda: asdict(Base))
attempt("astuple of int", lambda: astuple(3))


@dataclass
class Tree:
    label: str
    kids: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


t = Tree("root", [Tree("leaf")])
t.kids.append(t)
print(t)

@dataclass(frozen=True)
class Origin:
    o: int


Made = make_dataclass("Made", ["a", ("b", int), ("c", int, field(default=5))],
                      bases=(Origin,), namespace={"total": lambda self: self.a + self.b + self.c},
                      frozen=True, order=True)
m = Made(1, 2, 3, 4)
print(m, m.total(), Made.__module__, Made.__doc__, Made(0, 0, 0, 0) < m)
attempt("make_dataclass keyword", lambda: make_dataclass("K", ["def"]))
attempt("make_dataclass identifier", lambda: make_dataclass("K", ["a b"]))
attempt("make_dataclass duplicate", lambda: make_dataclass("K", ["a", ("a", int)]))
attempt("make_dataclass invalid", lambda: make_dataclass("K", [("a", int, 1, 2)]))
print(dataclasses.is_dataclass(Made), dataclasses.is_dataclass(m), dataclasses.is_dataclass(Point))
print(dataclasses.InitVar[int], repr(dataclasses.InitVar[List[int]]), type(KW_ONLY).__name__)
f0 = fields(Holder)[0]
print(f0.name, f0.type, f0.init, f0.repr, f0.hash, f0.compare, f0.metadata, f0.kw_only, f0._field_type)
