# min/max of two arguments: which of equal items wins, mixed types, NaN order, errors, subclasses.
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self):
        return "R(%r)" % self.v

a, b = R(1), R(1)
print(min(a, b) is a, max(a, b) is a)
print(min(R(2), R(1)), max(R(1), R(2)))
x, y = 1.0, 1
print(min(x, y), max(x, y), min(y, x), max(y, x))
nan = float("nan")
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
print(min("b", "a"), max([1, 2], [1, 3]), min((1, "x"), (1, "y")))
for args in ((1, "a"), (None, None)):
    try:
        print(max(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(min(1, 2, key=None), min(3, 2, default=0))
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 2, key=lambda v: -v), max(3, 2, key=abs))
f = max
print(f(2.5, 7), sum(min(i, 10 - i) for i in range(10)))
class F(float):
    def __lt__(self, o):
        return True
print(min(F(5.0), 1.0), min(1.0, F(5.0)))
