# Operator overloading with NotImplemented fallbacks, reflected and in-place operators, errors.
class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return f"V{self.c}"

    def __add__(self, other):
        if isinstance(other, V):
            return V(*(a + b for a, b in zip(self.c, other.c)))
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(*(a * k for a in self.c))
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.c == other.c

    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.c < other.c


print(V(1, 2) + V(3, 4), V(1, 2) * 3, 2 * V(1, 1))
print(V(1) == V(1), V(1) == 1, V(1) != "x", V(1) < V(2), V(3) > V(2))
for expr in (lambda: V(1) + 1, lambda: 1 + V(1), lambda: V(1) * "s", lambda: V(1) < 3,
             lambda: V(1) @ V(2), lambda: -V(1), lambda: V(1) ** 2):
    try:
        print(expr())
    except TypeError as e:
        print(type(e).__name__, e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __add__(self, x):
        print("plain add called")
        return NotImplemented


a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)


class OnlyAdd:
    def __add__(self, other):
        return "added"


o = OnlyAdd()
o += 1
print(o)


class Meters:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        if other == 0:
            return self
        return Meters(other + self.v)

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __repr__(self):
        return f"{self.v}m"


print(sum([Meters(1), Meters(2), Meters(3)]), 5 + Meters(1))


class Sub(V):
    def __radd__(self, other):
        return "Sub.__radd__ wins"


print(V(1) + Sub(2))


class Weird:
    def __eq__(self, other):
        return NotImplemented


w = Weird()
print(w == w, w == Weird(), w != w)


class NoCompare:
    pass


try:
    sorted([NoCompare(), NoCompare()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoCompare() <= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a = Acc()
    a -= 1
except TypeError as e:
    print(type(e).__name__, e)


class Both:
    def __lt__(self, other):
        print("Both.__lt__")
        return NotImplemented

    def __gt__(self, other):
        print("Both.__gt__")
        return NotImplemented


try:
    Both() < Both()
except TypeError as e:
    print(type(e).__name__, e)
