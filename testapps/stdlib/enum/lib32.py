# Several enum classes looked up by value through the same code (EnumType.__call__'s class
# attribute reads), classmethods called on several classes through one call site, and a class
# attribute changed after such reads were remembered.
from enum import Enum, IntEnum, Flag


class A(Enum):
    X = 1
    Y = 2


class B(IntEnum):
    X = 1
    Z = 3


class C(Flag):
    R = 1
    W = 2


class D(Enum):
    P = "p"


class E(Enum):
    Q = 1.5


def lookup(cls, value):
    return cls(value)


for _ in range(3):
    print([lookup(k, v) for k, v in [(A, 1), (B, 3), (C, 3), (D, "p"), (E, 1.5), (A, 2), (B, 1)]])


class Base:
    kind = "base"

    @classmethod
    def make(cls):
        return cls.kind + "!"


class K1(Base):
    kind = "k1"


class K2(Base):
    pass


class K3(Base):
    kind = "k3"


class K4(Base):
    kind = "k4"


def read(cls):
    return cls.kind, cls.make()


for round_ in range(3):
    print([read(c) for c in (Base, K1, K2, K3, K4)])
    if round_ == 0:
        Base.kind = "changed"
        K3.kind = "k3b"
    if round_ == 1:
        K1.make = classmethod(lambda cls: "new " + cls.__name__)
        del K4.kind
print([x.__class__.__name__ for x in (1, "s", 2.5, None, [1], (), {}, b"", len, A.X, B.X)])
