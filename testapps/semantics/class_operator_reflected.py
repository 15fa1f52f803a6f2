# Binary operators: reflected methods, NotImplemented fallbacks, subclass priority, in-place variants.
class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return f"V{self.c}"

    def __add__(self, other):
        if isinstance(other, V):
            return V(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(a + other for a in self.c))
        return NotImplemented

    def __radd__(self, other):
        print("  radd", other)
        return self + other

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __iadd__(self, other):
        print("  iadd")
        self.c = (self + other).c
        return self

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))


a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, 2 * a, a * 2, -a, a @ b)
print(sum([a, b], V(0, 0)), sum([a, b]))
x = a
x += b
print(x, a, x is a)
x *= 10
print(x, x is a)
for expr in [lambda: a + "s", lambda: "s" + a, lambda: a * a, lambda: a - b, lambda: a @ 1, lambda: ~a, lambda: a < b]:
    try:
        print(expr())
    except TypeError as e:
        print(type(e).__name__, e)


class Base:
    def __add__(self, other):
        return "Base.add"

    def __radd__(self, other):
        return "Base.radd"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.radd"


print(Base() + Derived(), Derived() + Base(), Base() + Base())


class Only:
    def __rsub__(self, other):
        return f"rsub {other}"

    def __rpow__(self, other):
        return f"rpow {other}"

    def __rtruediv__(self, other):
        return f"rtruediv {other}"

    def __rfloordiv__(self, other):
        return f"rfloordiv {other}"

    def __rmod__(self, other):
        return f"rmod {other}"

    def __rlshift__(self, other):
        return f"rlshift {other}"

    def __rand__(self, other):
        return f"rand {other}"

    def __ror__(self, other):
        return f"ror {other}"

    def __rxor__(self, other):
        return f"rxor {other}"

    def __rdivmod__(self, other):
        return f"rdivmod {other}"


o = Only()
print(5 - o, 2 ** o, 1 / o, 1 // o, 1 % o, 1 << o, 1 & o, 1 | o, 1 ^ o, divmod(7, o), pow(3, o))
n = 10
n -= o
print(n)


class NoImpl:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


try:
    NoImpl() + NoImpl()
except TypeError as e:
    print(type(e).__name__, e)
try:
    v = NoImpl()
    v += 1
except TypeError as e:
    print(type(e).__name__, e)


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __invert__(self): return Bits(~self.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __pos__(self): return Bits(+self.v)
    def __abs__(self): return Bits(abs(self.v))
    def __repr__(self): return f"Bits({self.v})"


print(Bits(12) & Bits(10), Bits(12) | Bits(3), Bits(5) ^ Bits(1), ~Bits(0), Bits(1) << 4, Bits(16) >> 2, +Bits(3), abs(Bits(-3)))
