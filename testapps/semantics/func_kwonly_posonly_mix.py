# Mixing positional-only, keyword-only, defaults, *args and **kwargs, and the collisions between them.
def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return (a, b, c, d, e, sorted(kw.items()))


print(f(1, d=4))
print(f(1, 2, 3, d=4, e=6, z=7))
print(f(1, c=9, d=4))
# a positional-only name may appear again in **kw
print(f(1, d=4, a=10, b=20))


def g(x, /, **kw):
    return x, kw


print(g(1, x=2))
print(g(1, **{"x": 3, "y": 4}))


def call(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


call(f, 1)
call(f, d=4)
call(f, 1, 2, 3, 4, d=1)
for extra in ({"c": 5}, {"e": 2}):
    try:
        f(1, c=3, d=4, e=1, **extra)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    call(f, 1, c=3, d=4, **{"c": 5})
except TypeError as e:
    print(type(e).__name__, e)


def h(a, /, b, *, c):
    return a + b + c


call(h, 1, 2, 3)
call(h, a=1, b=2, c=3)
call(h, 1, b=2)
call(h, 1, 2, c=3, d=4)
call(h, 1, 2, c=3)


def only_kw(*, x, y=0):
    return x * 10 + y


call(only_kw, 1)
call(only_kw, x=1, y=2)
call(only_kw, y=2)


def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return list(acc)


print(defaults_evaluated_once(1), defaults_evaluated_once(2))
print(defaults_evaluated_once.__defaults__)


def kwdefaults(*, a=1, b=[]):
    b.append(a)
    return b


print(kwdefaults(), kwdefaults(a=2), kwdefaults.__kwdefaults__)


class K:
    def m(self, /, x, *, y=1):
        return (type(self).__name__, x, y)


call(K().m, 1, y=2)
call(K.m, K(), 2)
call(K().m, self=1, x=2)
call(K().m)


def star_only(*args, sep="-"):
    return sep.join(map(str, args))


print(star_only(1, 2, 3), star_only(sep="+"), star_only(*range(4), sep="."))
d = {"sep": ":"}
print(star_only(*"ab", **d))
