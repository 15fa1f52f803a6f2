# Subclassing int and float: arithmetic returns the base type unless overridden.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__


m = Money(5)
print(m, str(m), repr(m), m + 1, 1 + m, m * 2, type(m * 2).__name__, -m, type(-m).__name__)
print(sum([Money(1), Money(2)]), m == 5, m < 6, hash(m) == hash(5), int(m), type(int(m)).__name__)
print(f"{m}", f"{m:03d}", "%d" % m, format(m, "x"), bin(m), m.bit_length(), m.real, m.numerator)
print(isinstance(m, int), [10, 20, 30, 40, 50, 60][m], range(10)[m], "ab" * Money(2))


class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj

    def __str__(self):
        return self.name


f = Flag(4, "four")
print(f, repr(f), f + 1, f.name, f | 1, f"{f}", f"{f:d}", str(f), "%s" % f, [f])


class Celsius(float):
    def __new__(cls, value=0.0):
        return super().__new__(cls, value)

    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self)}C"


t = Celsius(100)
print(t, repr(t), t.to_f(), type(t.to_f()).__name__, t + 1, round(t), t.is_integer(), Celsius(), Celsius("1.5"))
print(float(t), type(float(t)).__name__, t == 100.0, t > 99, f"{t:.1f}", int(t))


class Weird(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__

    def __lt__(self, other):
        return False


w = Weird(3)
print(w == 4, w != 4, w < 10, w > 1, sorted([Weird(2), Weird(1)]), {w: 1})


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print([1, 2, 3][Index(1)], int(Index(7)), hex(Index(255)), range(Index(3)), "abc"[Index(2)])


class Intish:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5


print(int(Intish()), float(Intish()))


class BadInt:
    def __int__(self):
        return "no"


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Money.__mro__, Celsius.__mro__)
