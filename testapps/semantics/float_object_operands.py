# Arithmetic on locals the compiler keeps unboxed when an operand is an object with its own
# operators, int/float mixes either way, comparisons of floats read from attributes (NaN, -0.0,
# a float subclass with its own comparison) and max/min over several positional arguments.
import math


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y) if isinstance(o, V) else NotImplemented

    def __rsub__(self, o):
        return ("rsub", o)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return ("rmul", k)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"


class Loud(float):
    def __gt__(self, o):
        print("  Loud.__gt__", float(self), o)
        return True

    def __lt__(self, o):
        print("  Loud.__lt__", float(self), o)
        return False


def vector_math(a, b, k):
    d = a - b
    e = d * k
    f = e / 2
    g = 3 - a
    h = 2.5 * a
    m = k * 2 + 1
    n = 1 - k
    return d, e, f, g, h, m, n


def mixes(i, f):
    s = i + f
    t = f - i
    u = i * f
    w = f / i if i else "div0"
    z = i - f * 2
    p = f ** 2 + i ** 2
    return s, t, u, w, z, p


def compare_attrs(p, q):
    return (p.x > q.x, p.x < q.x, p.x == q.x, p.x != q.x, p.x >= q.x, p.x <= q.x,
            p.x if p.x > q.x else q.x)


def main():
    print(vector_math(V(1.0, 2.0), V(0.5, 0.25), 3))
    print(vector_math(V(1, 2), V(3, 4), 0.5))
    for i, f in [(3, 0.5), (-2, 1.25), (0, -0.0), (2 ** 53 + 1, 1.0), (2 ** 70, 2.0), (7, float("inf")),
                 (5, float("nan")), (True, 1.5), (-(2 ** 63), 0.25)]:
        try:
            print(i, f, mixes(i, f))
        except (OverflowError, ZeroDivisionError) as e:
            print(i, f, type(e).__name__, e)
    nan = float("nan")
    pairs = [(1.5, 2.5), (2.5, 1.5), (0.0, -0.0), (nan, 1.0), (1.0, nan), (nan, nan),
             (math.inf, -math.inf), (1.0, 1), (2, 1.5), (Loud(1.0), 2.0), (1.0, Loud(2.0))]
    for a, b in pairs:
        print(repr(a), repr(b), compare_attrs(V(a, 0), V(b, 0)))
    print(max(1.5, 2.5), min(1.5, 2.5), max(2.5, 1.5, 3.5), min(0.0, -0.0), max(-0.0, 0.0))
    print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
    print(max(1, 2.0), max(2.0, 2), max(2, 2.0), min(3, 1.0, 1))
    print(max("b", "a", "c"), min([3], [1, 2]), max((1, 2), (1, 3)))
    print(max(-3, 2, -5, key=abs), min(-3, 2, -5, key=abs), max(1.5, -4.0, key=lambda v: v * v))
    print(max(Loud(1.0), 2.0), min(Loud(1.0), 2.0))
    for call in (lambda: max(1), lambda: max(1, 2, default=0), lambda: min(), lambda: max(1, "a"),
                 lambda: min(1, 2, key=None, bad=3), lambda: max([], default="empty"), lambda: min([])):
        try:
            print(call())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)


main()
