# Binary operators on instances of this module's classes whose dunders are plain defs: the def
# runs directly, with the protocol's order kept (reflected methods of subclasses first,
# NotImplemented, patched and shadowed dunders, errors and their places).
import traceback


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y + 1)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class W(V):
    __slots__ = ()

    def __rsub__(self, o):
        return "W.__rsub__ first"


class R:
    def __radd__(self, o):
        return "R.__radd__ after NotImplemented"

    def __rsub__(self, o):
        return "R.__rsub__"


class D:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return D(self.v - o.v)

    def __mul__(self, k):
        return D(self.v * k)


def numbers(a, b, k):
    # Locals the compiler takes for numbers: instances still reach their dunders.
    c = a - b
    d = c * k
    e = d / 2
    return e


a = V(1.5, 2)
b = V(0.5, 1)
print(a + b, a - b, a * 2, a * 0.5, a / 4, 3 * a)
print(numbers(a, b, 3.0), numbers(5.0, 1, 2))
print(a - W(1, 1))
print(W(1, 1) - a)
print(a + R())
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a - 1
except AttributeError as e:
    print("AttributeError:", e)
print((D(5) - D(2)).v, (D(3) * 4.5).v)

# An instance attribute does not shadow the dunder; patching the class does.
d = D(1)
d.__sub__ = lambda o: "instance attribute"
print((d - D(1)).v)
D.__sub__ = lambda self, o: "patched"
print(d - D(1))
del D.__sub__
try:
    d - D(1)
except TypeError as e:
    print("TypeError:", e)


class V2(V):
    def __sub__(self, o):
        return "V2.__sub__"


print(V2(1, 1) - a, a - V2(1, 1))


def fails(p, q):
    r = p - q
    return r


try:
    fails(V(1, 2), object())
except AttributeError:
    traceback.print_exc()
try:
    numbers(V(1, 2), V(0, 0), "s")
except TypeError:
    traceback.print_exc()
