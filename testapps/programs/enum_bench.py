# enum: Enum/IntEnum/Flag/IntFlag members, iteration, value lookup, flag combinations, auto().
import enum
import sys
from enum import Enum, IntEnum, Flag, IntFlag, auto

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s=%d" % (self.name, self.value)


class Level(IntEnum):
    LOW = 10
    MID = 20
    HIGH = 30


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


def main():
    n = 20000 * SCALE
    counts = {c: 0 for c in Color}
    total = 0
    perms = Perm(0)
    for i in range(n):
        c = Color((i % 3) + 1)
        counts[c] += 1
        lv = Level(10 * (i % 3 + 1))
        total += lv + lv.value
        if lv > Level.LOW:
            total += 1
        p = Perm.R if i % 2 else Perm.W
        perms |= p
        if Perm.R in (p | Perm.X):
            total += 1
        m = Mode(i % 8)
        total += int(m & Mode.B)
        if Color["GREEN"] is c:
            total += 2
    print("total", total, perms)
    print({c.name: v for c, v in counts.items()})
    print(list(Color), Color.CRIMSON is Color.RED, Color(1).describe())
    print(list(Color.__members__), len(Color))
    print(Level.MID + 1, Level.HIGH > 25, sorted([Level.HIGH, Level.LOW]), Level(20).name)
    print(Perm.RW, Perm.R | Perm.X, ~Perm.R, Perm.RW & Perm.W, bool(Perm(0)), list(Perm))
    print(Mode.A | Mode.C, Mode(7), int(Mode.A | 8), Mode.B in Mode(6))
    print(Status.OPEN == "open", Status("closed"), Status.OPEN.value, Status.OPEN.upper())
    print(repr(Color.RED), repr(Level.LOW), repr(Perm.RW), repr(Mode(3)))
    print(str(Color.BLUE), str(Level.MID), format(Level.MID), f"{Color.GREEN}", f"{Level.HIGH}")
    for bad in (lambda: Color(9), lambda: Color["PINK"], lambda: Level(11)):
        try:
            bad()
        except (ValueError, KeyError) as e:
            print(type(e).__name__, e)
    try:
        Color.RED = 5
    except AttributeError as e:
        print("AttributeError", e)
    Dyn = Enum("Dyn", "ONE TWO THREE")
    print(list(Dyn), Dyn.TWO.value)
    print(isinstance(Color.RED, Color), type(Level.LOW).__name__, Color.RED.__class__ is Color)
    print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON])

    @enum.unique
    class Ok(Enum):
        A = 1
        B = 2
    print(list(Ok))
    try:
        @enum.unique
        class Bad(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError", e)


main()
