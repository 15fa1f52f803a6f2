# Flag boundaries, pseudo-members, aliases among flags and verify() checks.
import enum
from enum import CONFORM, EJECT, KEEP, STRICT, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


attempt("all", lambda: repr(Perm(7)))
attempt("none", lambda: (repr(Perm(0)), str(Perm(0)), bool(Perm(0))))
attempt("negative", lambda: repr(Perm(-1)))
attempt("invert", lambda: (repr(~Perm.R), repr(~Perm(0)), repr(~Perm(7))))
attempt("too big", lambda: Perm(8))
attempt("too small", lambda: Perm(-9))
attempt("far", lambda: Perm(100))
attempt("not int", lambda: Perm("r"))
attempt("iter", lambda: (list(Perm(6)), len(Perm(6)), Perm(6).name, Perm(0).name))
attempt("contains", lambda: (Perm.R in Perm(6), Perm.X in Perm(6)))
attempt("contains int", lambda: 1 in Perm(6))
attempt("or int", lambda: Perm.R | 1)
attempt("masks", lambda: (Perm._flag_mask_, Perm._all_bits_, Perm._singles_mask_, Perm._boundary_))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 4


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 4


for cls in (Conform, Eject, Keep):
    attempt(cls.__name__, lambda: [repr(cls(v)) for v in (7, 2, 5, -1)])
    attempt(cls.__name__ + " ~A", lambda: repr(~cls.A))
attempt("keep str", lambda: (str(Keep(10)), list(Keep(10)), len(Keep(10))))


class Alias(Flag):
    A = 1
    B = 2
    AB = 3
    C = 8
    ALL = 11
    NONE = 0


attempt("alias list", lambda: (list(Alias), list(Alias.__members__)))
attempt("alias values", lambda: [repr(Alias(v)) for v in (0, 3, 9, 10, 11)])
attempt("alias invert", lambda: (repr(~Alias.A), repr(~Alias.AB), repr(~Alias.NONE)))
attempt("alias missing", lambda: Alias(4))


class Odd(Flag):
    A = 1
    B = 2
    C = 5


attempt("odd", lambda: (repr(Odd(7)), repr(Odd(4)), list(Odd)))
attempt("odd strict", lambda: Odd(6))


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


attempt("intflag", lambda: [repr(v) for v in (Mode(7), Mode(8), Mode(15), Mode(0), Mode(-1))])
attempt("intflag ops", lambda: [repr(v) for v in (~Mode.R, Mode.R | 8, 8 | Mode.R, Mode.R & 6, 3 ^ Mode.X)])
attempt("intflag int", lambda: (Mode.R + 1, -Mode.R, Mode.R == 4, str(Mode(15)), format(Mode(6), "x")))
attempt("intflag iter", lambda: (list(Mode(15)), Mode(15).name, Mode.R in Mode(6)))
attempt("intflag contains int", lambda: 1 in Mode(3))


class Auto(Flag):
    A = auto()
    B = 8
    C = auto()


attempt("auto", lambda: [m.value for m in Auto])
attempt("functional", lambda: [repr(m) for m in Flag("F", "x y z")])
attempt("functional keep", lambda: Flag("G", "a b", boundary=KEEP)._boundary_)
attempt("boundary reprs", lambda: (list(enum.FlagBoundary), str(STRICT), repr(EJECT)))
attempt("checks", lambda: (list(enum.EnumCheck), str(UNIQUE)))
attempt("bin", lambda: [enum.bin(v) for v in (0, 1, 5, -1, -5, 8)] + [enum.bin(5, 8), enum.bin(-5, 8)])
attempt("show_flag_values", lambda: enum.show_flag_values(13))

attempt("unique", lambda: verify(UNIQUE)(enum.Enum("U", [("A", 1), ("B", 1), ("C", 2), ("D", 2)])))
attempt("unique flag", lambda: verify(UNIQUE)(Flag("U", [("A", 1), ("B", 1)])))
attempt("continuous", lambda: verify(CONTINUOUS)(enum.Enum("C", [("A", 1), ("B", 3), ("C", 5)])))
attempt("continuous ok", lambda: verify(CONTINUOUS)(enum.Enum("C", [("A", 1), ("B", 2)])))
attempt("continuous flag", lambda: verify(CONTINUOUS)(Flag("C", [("A", 1), ("B", 16)])))
attempt("named one", lambda: verify(NAMED_FLAGS)(Flag("N", [("A", 1), ("B", 2), ("C", 7)])))
attempt("named many", lambda: verify(NAMED_FLAGS)(Flag("N", [("A", 1), ("B", 2), ("C", 7), ("D", 24), ("E", 96)])))
attempt("named combined", lambda: verify(NAMED_FLAGS)(Flag("N", [("A", 1), ("C", 6)])))
attempt("named ok", lambda: verify(NAMED_FLAGS, UNIQUE)(Flag("N", [("A", 1), ("B", 2), ("C", 3)])))
