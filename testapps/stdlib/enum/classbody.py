# What a class body makes a member, custom __new__, mixins, _missing_ and the functional API.
import enum
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto, member, nonmember, global_enum


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Kinds(Enum):
    A = 1
    _private = 2
    skipped = nonmember(3)
    forced = member(len)
    __mangled = 4
    _ignore_ = "tmp junk"
    tmp = 5

    def method(self):
        return self.name.lower()


print([m.name for m in Kinds], Kinds.skipped, Kinds._Kinds__mangled, hasattr(Kinds, "tmp"))
print(Kinds.forced.value is len, Kinds.A.method(), Kinds._private)


class Named(Enum):
    name = 1
    value = 2


print(list(Named), repr(Named.name), Named.name.name, Named.value.value, Named.value.name)


class Pairs(Enum):
    A = (1, auto())
    B = (2, auto())


print(list(Pairs))


class Coord(Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)

    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj._value_ = x
        obj.y = y
        return obj


print(Coord(1), Coord.UNIT.y, repr(Coord.ORIGIN), Coord.__members__["UNIT"])


class Code(int, Enum):
    OK = (200, "fine")
    GONE = (410, "gone away")

    def __new__(cls, number, text):
        obj = int.__new__(cls, number)
        obj._value_ = number
        obj.text = text
        return obj


print(Code(410), Code.GONE.text, repr(Code.OK), Code.OK + 1, f"{Code.OK:>10}")


class Temp(float, Enum):
    BOIL = 100.0
    FREEZE = 0.0


print(repr(Temp.BOIL), str(Temp.BOIL), format(Temp.FREEZE), Temp.BOIL / 4)


class Letter(str, Enum):
    A = "a"


print(repr(Letter.A), str(Letter.A), f"{Letter.A}", Letter.A.upper(), Letter.A == "a")


class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(repr(Level.LOW), str(Level.LOW), f"{Level.HIGH:03d}", Level.LOW < Level.HIGH, {Level.LOW: "x"}[1])


class Shade(StrEnum):
    DARK_RED = auto()
    LIGHT = "pale"


print(repr(Shade.DARK_RED), Shade.DARK_RED + "!", Shade("pale"), str(Shade.LIGHT))


class Lookup(Enum):
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        if value == "wrong type":
            return 5
        if value == "raise":
            raise KeyError("inner")
        if value == "value error":
            raise ValueError("custom message")
        return None


for value in ["wrong type", "raise", "value error", 7]:
    try:
        Lookup(value)
    except Exception as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))


def body_error(kind):
    if kind == "sunder":
        class Bad(Enum):
            _sunder_ = 1
    elif kind == "twice":
        class Bad(Enum):
            A = 1
            A = 2
    elif kind == "method over member":
        class Bad(Enum):
            A = 1

            def A(self):
                pass
    elif kind == "ignore late":
        class Bad(Enum):
            A = 1
            _ignore_ = "A"
    elif kind == "gnv late":
        class Bad(Enum):
            A = auto()

            def _generate_next_value_(name, start, count, last_values):
                return 5
    elif kind == "order":
        class Bad(Enum):
            A = 1
            B = 2
            _order_ = "B A"
    elif kind == "mro":
        class Bad(Enum):
            mro = 1
    elif kind == "data order":
        class Bad(Enum, int):
            A = 1
    elif kind == "repr enum":
        class Bad(ReprEnum):
            A = 1
    elif kind == "str enum":
        class Bad(StrEnum):
            A = "a", 1
    elif kind == "int enum":
        class Bad(IntEnum):
            A = "x"
    elif kind == "extend":
        class Bad(Level):
            EXTRA = 3
    return "no error"


for kind in ["sunder", "twice", "method over member", "ignore late", "gnv late", "order", "mro",
             "data order", "repr enum", "str enum", "int enum", "extend"]:
    attempt(kind, lambda: body_error(kind))


class Ordered(Enum):
    A = 1
    B = 2
    C = 1
    _order_ = "A B C"


print(list(Ordered), Ordered.C is Ordered.A, Ordered._member_names_, list(Ordered.__members__))

E = Enum("E", "a b c", module="mymod", qualname="Outer.E")
print(E.__module__, E.__qualname__, list(E))
print(list(Enum("S", ["x", "y"], start=0)), list(Enum("P", (("x", 5), ("y", 6)))))
print(repr(Enum("T", "x y", type=int).y), Enum("T", "x y", type=int).__mro__[1])
print(repr(StrEnum("W", "up down").down), repr(IntEnum("N", "one two").two))
attempt("no names", lambda: list(Enum("Empty", "")))
attempt("not iterable", lambda: Enum("Bad", 5))
attempt("not pairs", lambda: Enum("Bad", [1, 2]))
attempt("no members", lambda: Enum(1))
attempt("extend call", lambda: Level(1, "x y"))
attempt("plain dict", lambda: enum.EnumType("Raw", (Enum,), {"A": 1}))


@global_enum
class Signal(IntEnum):
    SIG_A = 1
    SIG_B = 2


@global_enum
class Plain(Enum):
    P_ONE = 1


print(repr(Signal.SIG_A), str(Signal.SIG_A), SIG_B, repr(P_ONE), str(P_ONE), format(P_ONE))
print(dir(Kinds))
print(dir(Kinds.A))
print(Level.LOW.__reduce_ex__(2), Kinds.A.__objclass__, Level(2) is Level.HIGH)
