import functools
from functools import partial, reduce


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
print(square(5), square(7, mod=10))
p = partial(power, 2)
print(p(10), p.func is power, p.args, p.keywords)
pp = partial(p, mod=1000)
print(pp(10), pp.func is power, pp.args, pp.keywords)
print(repr(partial(max, 1, key=abs)))
print(partial(print, "a", sep="-")("b"))

try:
    partial(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    square()
except Exception as e:
    print(type(e).__name__, e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], "init"))
print(reduce(max, [3], 0), reduce(max, [7]))
for bad in ([], 5):
    try:
        reduce(lambda a, b: a, bad)
    except Exception as e:
        print(type(e).__name__, e)


class Cell:
    def __init__(self):
        self.value = 0

    def set(self, v):
        self.value = v

    set_one = functools.partialmethod(set, 1)


c = Cell()
c.set_one()
print(c.value)
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b) or (a > b) - (a < b))))
print(sorted([5, 1, 4], key=functools.cmp_to_key(lambda a, b: b - a)))
