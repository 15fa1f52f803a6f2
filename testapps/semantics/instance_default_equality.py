# == and != between two instances of one class whose __eq__ (and __ne__) come from object are
# answered by identity without the protocol; a class that defines them, one patched later, a
# subclass on either side and enum members still compare as CPython does.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Plain:
    pass


class WithEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("WithEq.__eq__")
        return isinstance(other, WithEq) and self.v == other.v


class OnlyNe:
    def __ne__(self, other):
        print("OnlyNe.__ne__")
        return "ne-result"


class Child(Plain):
    def __eq__(self, other):
        print("Child.__eq__")
        return True


class Slotted:
    __slots__ = ("x",)


def compare(a, b):
    print(a == b, a != b, end=" ")
    if a == b:
        print("eq-branch", end=" ")
    if a != b:
        print("ne-branch", end=" ")
    print()


p, q = Plain(), Plain()
compare(p, p)
compare(p, q)
compare(Color.RED, Color.RED)
compare(Color.RED, Color.GREEN)
print([c for c in Color if c == Color.GREEN], Color.RED in [Color.GREEN, Color.RED])
compare(WithEq(1), WithEq(1))
compare(WithEq(1), WithEq(2))
o1, o2 = OnlyNe(), OnlyNe()
print(o1 == o2, o1 == o1, o1 != o2)
compare(p, Child())
compare(Child(), p)
s1, s2 = Slotted(), Slotted()
compare(s1, s2)
compare(s1, s1)

# Patched onto the class after it compared by identity, then removed again.
for step in range(3):
    if step == 1:
        Plain.__eq__ = lambda self, other: "patched"
    if step == 2:
        del Plain.__eq__
    print(step, p == q, p != q)

# Patched on a base class: the subclass sees it too.
class Base:
    pass


class Derived(Base):
    pass


d1, d2 = Derived(), Derived()
print(d1 == d2)
Base.__ne__ = lambda self, other: "base-ne"
print(d1 != d2, d1 == d2)
Base.__eq__ = lambda self, other: "base-eq"
print(d1 == d2)

# Ordering is still not supported between such instances.
try:
    p < q
except TypeError as e:
    print("TypeError", e)
