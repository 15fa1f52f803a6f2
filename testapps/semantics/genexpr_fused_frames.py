# Fused generator expressions' frames: the lines sys._getframe sees from inside them and from the
# builtin's own step (an __add__ or __bool__ runs with the <genexpr> frame off the stack), tracebacks
# from either side, multi-line expressions, and folds nested by recursion.
import sys
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        f = sys._getframe(1)
        print("add caller", f.f_code.co_name, f.f_lineno)
        return A(self.v + (o.v if isinstance(o, A) else o))
    __radd__ = __add__
    def __bool__(self):
        print("bool caller", sys._getframe(1).f_code.co_name)
        return self.v > 1
def who(x):
    f = sys._getframe(1)
    print("who", f.f_code.co_name, f.f_lineno)
    return x
print(sum(A(who(x))
          for x in range(3)).v)
print(any(A(who(x)) for x in range(3)))
print(set(who(x) for x in [1, 2, (3,)]))
def bad(x):
    if x == 2: raise ValueError(x)
    return x
try:
    sum(bad(x) for x in range(5))
except ValueError as e:
    import traceback; traceback.print_exc()
try:
    sum(A(x) if x < 2 else "s"
        for x in range(5))
except TypeError as e:
    import traceback; traceback.print_exc()
def deep(n):
    return sum(deep(n - 1) for _ in range(1)) if n else 1
print(deep(50))
class Iter:
    # A first iterable whose __next__ looks at the caller: the fold's line after an outside step.
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        print("next caller", sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
        return A(self.n)
print(sum(x for x in Iter()).v)
print(all(x for x in Iter()))
def gen():
    x = yield 1
    print("sent", x)
    y = yield 2
    print("sent", y)
    return "r"
g = gen()
print(next(g), g.send("a"))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
sum(bad(x) for x in range(5))
