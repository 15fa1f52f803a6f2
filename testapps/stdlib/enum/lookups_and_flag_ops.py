# Value lookups (Cls(value)) and Flag operators on the paths taken most often: hits, members
# passed as values, unhashable values, _missing_, aliases, and flag iteration order.
import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    SCARLET = 1


class Shape(Enum):
    SQUARE = [1, 2]
    CIRCLE = (1, 2)


class Lenient(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.lower())
        return None


class Named(str, Enum):
    x = "y"
    y = "x"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Backwards(Flag):
    C = 4
    B = 2
    A = 1


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


class Bits(IntFlag):
    ONE = 1
    TWO = 2
    BIG = 2 ** 70


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for _ in range(2):
    show("hit", lambda: Color(2))
    show("alias", lambda: Color(1))
    show("member", lambda: Color(Color.BLUE))
    show("other enum member", lambda: Level(Level.HIGH))
    show("int member", lambda: Level(2))
    show("bool", lambda: Level(True))
    show("float", lambda: Color(2.0))
    show("miss", lambda: Color(7))
    show("none", lambda: Color(None))
    show("unhashable hit", lambda: Shape([1, 2]))
    show("tuple", lambda: Shape((1, 2)))
    show("unhashable miss", lambda: Shape([3]))
    show("missing hook", lambda: Lenient("A"))
    show("missing hook miss", lambda: Lenient(5))
    show("named str", lambda: (Named("x"), Named(Named.x), Named("y")))
    show("backwards list", lambda: list(Backwards(7)))
    show("backwards name", lambda: Backwards(6))
    show("perm list", lambda: (list(Perm.RWX), list(Perm.R | Perm.X), list(Perm(0))))
    show("perm ops", lambda: (Perm.R | Perm.W, Perm.RWX & Perm.W, Perm.R ^ Perm.RWX, ~Perm.W))
    show("perm contains", lambda: (Perm.R in Perm.RWX, Perm.R | Perm.W in Perm.R, Perm(0) in Perm.R))
    show("perm contains int", lambda: 1 in Perm.R)
    show("perm or int", lambda: Perm.R | 1)
    show("perm and other", lambda: Perm.R & Backwards.A)
    show("perm len", lambda: (len(Perm.RWX), len(Perm(0)), bool(Perm(0))))
    show("iter type", lambda: type(iter(Perm.RWX)).__name__)
    show("bits", lambda: (list(Bits(3)), Bits.BIG | Bits.ONE, list(Bits(2 ** 70 + 2)), Bits(8)))
    show("bits ops", lambda: (Bits.ONE | 4, 4 | Bits.TWO, Bits.TWO & 3, Bits(5) ^ Bits.ONE))
    show("strict", lambda: Perm(8))
    show("value and name", lambda: [(m.name, m.value) for m in Color])
    show("class attr", lambda: Color.name)
