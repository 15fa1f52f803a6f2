# min() and max() of a generator expression run as one loop (no generator object) when the names
# are the builtins: ties keep the first best, comparisons that run Python code (__lt__/__gt__) run
# outside the <genexpr> frame, mixed ints/floats/strs/big ints, NaN, the empty case's error, errors
# from the element and from comparing, and a rebound name getting a real generator.
import sys


class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, o):
        print("lt from", sys._getframe(1).f_code.co_name, self.tag, o.tag)
        return self.v < o.v

    def __gt__(self, o):
        print("gt from", sys._getframe(1).f_code.co_name, self.tag, o.tag)
        return self.v > o.v

    def __repr__(self):
        return "V(%r, %r)" % (self.v, self.tag)


xs = [5, 3, 9, 3, 9, -2, 7]
print(min(x for x in xs), max(x for x in xs))
print(min(x * 1.5 for x in xs), max(x / 2 for x in xs if x % 3))
print(min(str(x) for x in xs), max(chr(65 + x) for x in xs if x > 0))
print(min(10 ** 20 - x for x in xs), max(x << 70 for x in xs))
print(min(x if x % 2 else float(x) for x in xs), max(x if x != 9 else 9.0 for x in xs))
print(min(V(x, i) for i, x in enumerate(xs[:4])))
print(max(V(x, i) for i, x in enumerate(xs[:4])))
nan = float("nan")
print(min(v for v in [nan, 1.0, 0.5]), max(v for v in [1.0, nan, 0.5]))
print(min((x, -x) for x in xs), max(len(w) for w in "a bb ccc dd".split()))
print(min(x for x in range(10 ** 6) if x * x > 5000))
t = True
print(max(t for _ in range(3)), min(x for x in [True, 0, False]))

for fn in (min, max):
    try:
        fn(x for x in [])
    except ValueError as e:
        print(type(e).__name__, e)

try:
    min(1 // (x - 3) for x in xs)
except ZeroDivisionError as e:
    import traceback
    traceback.print_exc()

try:
    max(x if x != 9 else "nine" for x in xs)
except TypeError as e:
    import traceback
    traceback.print_exc()


def shadow():
    min = lambda g: ("shadowed", type(g).__name__, list(g))
    return min(x for x in (1, 2))


print(shadow())
import builtins
real = builtins.max
builtins.max = lambda g: ("patched", sum(g))
print(max(x for x in xs))
builtins.max = real
print(max(x for x in xs))

def gen():
    try:
        yield 4
        yield 1
        yield 8
    finally:
        print("gen closed")
print(min(x for x in gen()), max(x for x in gen() if x < 5))
max(x.missing for x in xs)
