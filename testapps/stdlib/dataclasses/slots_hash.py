# slots=True, the __hash__ rules, frozen inheritance, __match_args__ and generated method names.
from dataclasses import FrozenInstanceError, dataclass, field, fields, make_dataclass


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"), Slotted.__qualname__, Slotted.__init__.__qualname__)
attempt("new attribute", lambda: setattr(s, "c", 3))


@dataclass(slots=True)
class SlottedChild(Slotted):
    c: int = 3


print(SlottedChild(1), SlottedChild.__slots__, [f.name for f in fields(SlottedChild)])


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    a: int


fs = FrozenSlots(1)
print(fs, hash(fs) == hash(FrozenSlots(1)), fs == FrozenSlots(1))
attempt("assign frozen slot", lambda: setattr(fs, "a", 2))


@dataclass(slots=True, weakref_slot=True)
class WithWeakref:
    a: int


print(WithWeakref.__slots__, WithWeakref(1))
attempt("weakref without slots", lambda: dataclass(weakref_slot=True)(type("W", (), {"__annotations__": {"a": int}})))
attempt("slots twice", lambda: dataclass(slots=True)(type("T", (), {"__slots__": ("a",), "__annotations__": {"a": int}})))
attempt("make_dataclass slots", lambda: make_dataclass("M", ["a", ("b", int, field(default=0))], slots=True).__slots__)


def hash_case(**options):
    @dataclass(**options)
    class H:
        a: int
    if H.__hash__ is None:
        return "None"
    if H.__hash__ is object.__hash__:
        return "object.__hash__"
    return "generated" if hash(H(1)) == hash(H(1)) else "other"


for options in [{}, {"eq": False}, {"frozen": True}, {"eq": False, "frozen": True},
                {"unsafe_hash": True}, {"unsafe_hash": True, "eq": False}]:
    attempt(str(options), lambda: hash_case(**options))


@dataclass
class ExplicitNone:
    a: int
    __hash__ = None


@dataclass
class OwnEq:
    a: int

    def __eq__(self, other):
        return True


@dataclass(frozen=True)
class FrozenOwnEq:
    a: int

    def __eq__(self, other):
        return True


@dataclass(frozen=True)
class FrozenOwnHash:
    a: int

    def __hash__(self):
        return 7


print(ExplicitNone.__hash__, OwnEq.__hash__, FrozenOwnEq.__hash__ is None, hash(FrozenOwnHash(1)))


def unsafe_with_hash():
    @dataclass(unsafe_hash=True)
    class U:
        a: int

        def __hash__(self):
            return 1


def frozen_with_setattr():
    @dataclass(frozen=True)
    class F:
        a: int

        def __setattr__(self, name, value):
            pass


def order_with_lt():
    @dataclass(order=True)
    class O:
        a: int

        def __lt__(self, other):
            return True


def thaw():
    @dataclass(frozen=True)
    class Base:
        a: int

    @dataclass
    class Child(Base):
        b: int = 0


attempt("unsafe_hash + __hash__", unsafe_with_hash)
attempt("frozen + __setattr__", frozen_with_setattr)
attempt("order + __lt__", order_with_lt)
attempt("thaw", thaw)


@dataclass(frozen=True)
class Frozen:
    a: int


class PlainChild(Frozen):
    pass


pc = PlainChild(1)
pc.extra = 2
print(pc.extra, pc)
attempt("assign field in plain subclass", lambda: setattr(pc, "a", 5))
attempt("delete field", lambda: delattr(Frozen(1), "a"))
attempt("isinstance", lambda: issubclass(FrozenInstanceError, AttributeError))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), sorted([Version(2), Version(1, 5), Version(1)]))
attempt("order other type", lambda: Version(1) < (1, 0))
print(Version(1) == (1, 0), Version.__lt__(Version(1), 3))
print(Version.__match_args__, Version.__eq__.__qualname__, Version.__lt__.__name__, Version.__hash__)


def describe(v):
    match v:
        case Version(1, minor):
            return f"one point {minor}"
        case Version(major=m):
            return f"major {m}"


print(describe(Version(1, 4)), describe(Version(3)))


@dataclass(match_args=False)
class NoMatch:
    a: int


attempt("no __match_args__", lambda: NoMatch.__match_args__)
print(Version.__dataclass_params__)
