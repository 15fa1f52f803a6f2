# Nested defs and lambdas made on every call, called every way: positionally (0-7 parameters),
# by keyword, with defaults (also after __defaults__ changes), with *args / keyword-only /
# **kwargs, through map/sorted/filter, and their __module__ / __closure__ / __name__.


def make(k):
    def f0():
        return k

    def f1(a):
        return a + k

    def f2(a, b=10):
        return a * b + k

    def f7(a, b, c, d, e, f, g):
        return a + b + c + d + e + f + g + k

    def fv(*args, scale=1, **kw):
        return (sum(args) + k) * scale, sorted(kw)

    return f0, f1, f2, f7, fv, (lambda x, y=2: x * y + k)


for k in range(3):
    f0, f1, f2, f7, fv, lam = make(k)
    print(f0(), f1(5), f2(3), f2(3, 4), f2(b=5, a=1), f7(1, 2, 3, 4, 5, 6, 7), fv(1, 2, scale=3, z=1, y=2), lam(4), lam(y=3, x=1))

f0, f1, f2, f7, fv, lam = make(100)
print(f1.__module__, f1.__module__ is f2.__module__, f1.__name__, f1.__qualname__, lam.__name__)
print([c.cell_contents for c in f1.__closure__], f0.__closure__ is not None)
f2.__defaults__ = (1000,)
print(f2(1), f2(1, 1))
f2.__defaults__ = None
try:
    f2(1)
except TypeError as e:
    print(type(e).__name__, e)
for bad in (lambda: f1(), lambda: f1(1, 2), lambda: f1(b=1), lambda: f7(*range(6)), lambda: f0(1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(f7(*range(7)), f7(**{c: 1 for c in "abcdefg"}))
print(list(map(lambda x: x * 2, range(4))), sorted([3, 1, 2], key=lambda v: -v), list(filter(lambda v: v % 2, range(6))))
print(list(map(make(1)[2], [1, 2], [3, 4])))
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs], [f(10) for f in fs])


def outer():
    n = 0

    def bump(by=1):
        nonlocal n
        n += by
        return n

    bump()
    bump(5)
    bump(by=2)
    return n, bump.__closure__[0].cell_contents


print(outer())
