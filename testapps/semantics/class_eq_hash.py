# __eq__ and __hash__ rules: defining __eq__ removes hashing, explicit __hash__, inheritance, sets and dicts.
class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b}))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)


class Both:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Both) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Both({self.v})"


s = {Both(1), Both(1), Both(2)}
print(sorted(s, key=lambda x: x.v), Both(1) in s, {Both(3): "x"}[Both(3)])


class Child(Both):
    pass


class ChildEq(Both):
    def __eq__(self, other):
        return True


print(hash(Child(5)) == hash(5), ChildEq.__hash__)
try:
    hash(ChildEq(1))
except TypeError as e:
    print(type(e).__name__, e)


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Unhashable(), object))


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


print(NeOnly() != 1, NeOnly() == 1)


class NotImpl:
    def __eq__(self, other):
        return NotImplemented


x = NotImpl()
print(x == x, x == NotImpl(), x != NotImpl(), x == 1)


class Reflected:
    def __eq__(self, other):
        print("  Reflected.__eq__")
        return True


print(1 == Reflected(), Reflected() == 1, "s" != Reflected())


class BadHash:
    def __hash__(self):
        return "str"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100), hash(-1), hash(BigHash()) != -1)


class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"O{self.v}"


print(sorted([Ordered(3), Ordered(1), Ordered(2)]), Ordered(1) > Ordered(0), max(Ordered(5), Ordered(7)))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print(type(e).__name__, e)
