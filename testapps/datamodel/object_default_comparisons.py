# == and != of instances whose classes keep object's comparisons, and of classes that replace
# some of them (or gain them later), in either operand order.
class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


class Reflecting:
    def __eq__(self, other):
        return "reflected eq"


class Ordered:
    def __lt__(self, other):
        return "lt"


a, b = Plain(), Plain()
print(a == a, a == b, a != a, a != b, a == 1, 1 == a, a != None, None != a)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
print(NeOnly() != NeOnly(), NeOnly() == NeOnly())
print(a == Reflecting(), a != Reflecting(), Reflecting() == a)
print(Ordered() < a, a > Ordered())
for op, f in [("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y), (">", lambda x, y: x > y), (">=", lambda x, y: x >= y)]:
    try:
        f(a, b)
    except TypeError as e:
        print(op, e)
print(a in [b, a], b in [Plain()], [a, b].count(a), [a, b].index(b))


class Later:
    pass


x, y = Later(), Later()
print(x == y, x != y)
Later.__eq__ = lambda self, other: True
print(x == y, x != y)
Later.__ne__ = lambda self, other: "ne now"
print(x != y)
del Later.__eq__
print(x == y, x != y)
del Later.__ne__
print(x == y, x != y, x == x, x != x)


class Sub(Plain):
    def __eq__(self, other):
        return "sub first"


print(a == Sub(), Sub() == a, a != Sub())
print(object() == object(), object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), a.__ne__(a))
