class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __add__(self, o):
        if isinstance(o, N):
            return N(self.v + o.v)
        if isinstance(o, int):
            return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return N(o + self.v)
    def __iadd__(self, o):
        print("iadd")
        self.v += o.v if isinstance(o, N) else o
        return self
    def __sub__(self, o):
        return N(self.v - o.v)
    def __mul__(self, o):
        return N(self.v * o)
    def __truediv__(self, o):
        return N(self.v / o)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __mod__(self, o):
        return N(self.v % o)
    def __pow__(self, o):
        return N(self.v ** o)
    def __matmul__(self, o):
        return "matmul"
    def __lshift__(self, o):
        return N(self.v << o)
    def __and__(self, o):
        return N(self.v & o)
    def __or__(self, o):
        return N(self.v | o)
    def __xor__(self, o):
        return N(self.v ^ o)
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return self
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __eq__(self, o):
        return isinstance(o, N) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __int__(self):
        return self.v
    def __index__(self):
        return self.v

a, b = N(6), N(4)
print(a + b, a + 1, 1 + a, a - b, a * 3, a / 4, a // 4, a % 4, a ** 2, a @ b, a << 1, a & 3, a | 1, a ^ 2)
print(-a, +a, ~a, abs(N(-3)))
print(a < b, a <= b, a > b, a >= b, a == N(6), a != N(6), a == 6)
c = a
c += b
print(c, a, c is a)
c += 1
print(c)
print(len({N(1), N(1), N(2)}), N(3) in [N(1), N(3)], sorted([N(3), N(1), N(2)]))
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)

class OnlyEq:
    def __eq__(self, other):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
print(OnlyEq() == 5, 5 == OnlyEq(), OnlyEq() != 1)

class Base:
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.__eq__")
        return NotImplemented
print(Base() == Derived())

class R:
    def __rsub__(self, o):
        return "rsub " + str(o)
    def __rmul__(self, o):
        return "rmul " + str(o)
print(5 - R(), [1] * 1 if False else 3 * R())

class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("contains", v)
        return v in self.items
    def __bool__(self):
        return bool(self.items)
s = Seq(1, 2, 3)
s[0] = 10
del s[1]
print(len(s), s[0], s[-1], 3 in s, 7 in s, list(s), bool(s), bool(Seq()))
for x in s:
    print("iter", x)
print(s[0:1])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
