# sum()/any()/all() over a generator expression run as one loop when the name is the builtin:
# results, frames seen by __add__/__bool__, errors, PEP 479, rebinding, and a traceback through the genexpr.
import sys

def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(sum(x * x for x in range(10)))
print(sum((x for x in gen(5)), 100))
print(sum((x / 2 for x in range(5)), 0.5))
print(sum(x for x in [2**62, 2**62, 2**62]))
print(sum(x for x in [1, 2.5, 3]))
print(any(x > 3 for x in gen(10)), all(x < 3 for x in gen(10)), any(x for x in []), all(x for x in []))
print(sum(x for x in range(3) if x for y in range(x)))

class V:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("add depth", sys._getframe(1).f_code.co_name)
        return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
    def __bool__(self):
        print("bool from", sys._getframe(1).f_code.co_name)
        return self.v > 1

print(sum(V(i) for i in range(3)).v)
print(any(V(i) for i in range(3)))
print(all(V(i) for i in range(3)))

def where():
    return sys._getframe(1).f_code.co_name
print(sum(len(where()) for _ in range(2)))

try:
    sum(x for x in ["a"])
except Exception as e:
    print(type(e).__name__, e)
try:
    sum((x for x in [1]), "s")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sum(next(it) for it in [iter([1]), iter([])]))
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    print(sum(1 / x for x in [1, 0]))
except Exception as e:
    print(type(e).__name__, e)

# rebinding the builtin name: the generator reaches the new callee
def fake(g, *rest):
    return ("fake", type(g).__name__, list(g), rest)
sum = fake
print(sum(x for x in range(3)))
print(sum((x for x in range(3)), 7))
del sum
any = lambda g: ("patched", list(g))
print(any(x for x in range(2)))
del any
print(any(x for x in range(2)))

def local_shadow():
    all = lambda g: "local " + str(list(g))
    return all(x for x in "ab")
print(local_shadow())

def traced():
    return sum(
        1 // x
        for x in [1, 0])
traced()
