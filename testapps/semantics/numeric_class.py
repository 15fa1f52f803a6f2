# A numeric class with the full operator set, reflected operations and comparisons.
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def _check(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
            return other.cents
        if isinstance(other, int):
            return other
        return NotImplemented

    def __add__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return c
        return Money(self.cents + c, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return c
        return Money(self.cents - c, self.currency)

    def __rsub__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return c
        return Money(c - self.cents, self.currency)

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k, self.currency)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(round(self.cents / k), self.currency)

    def __floordiv__(self, k):
        return Money(self.cents // k, self.currency)

    def __mod__(self, k):
        return Money(self.cents % k, self.currency)

    def __divmod__(self, k):
        return self // k, self % k

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents), self.currency)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < self._check(other)

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0

    def __int__(self):
        return self.cents

    def __float__(self):
        return self.cents / 100

    def __round__(self, n=None):
        return Money(round(self.cents, -2 if n is None else n), self.currency)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents / 100:.0f}{self.currency[0]}"
        return format(str(self), spec)


a, b = Money(1050), Money(299)
print(a + b, a - b, 3 * b, b * 2, 5 + a, 100 - b, a / 3, a // 4, a % 7, divmod(a, 4))
print(-a, +a, abs(Money(-5)), bool(Money(0)), int(a), float(a), round(Money(1249)), round(a, -1))
print(a > b, a >= b, a < b, a <= b, a == Money(1050), a != b, sorted([a, b, Money(1)]))
print(f"{a:short}|{a:>15}|{b!r}", len({a, Money(1050), b}))
total = sum([a, b, Money(1)])
print(total, max(a, b), min([a, b]))
x = Money(100)
x += 50
x *= 2
x -= Money(1)
print(x)
for op in (lambda: a + "x", lambda: a * 1.5, lambda: a < 5, lambda: a + Money(1, "USD"), lambda: "x" - a):
    try:
        print(op())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(a == 1050, 1050 == a, a.__eq__(5))
