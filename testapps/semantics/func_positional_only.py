# Positional-only parameters (/), their defaults, and CPython's error messages.
def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)


print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=6), f(1, 2, d=0, c=9))
for call in [lambda: f(1), lambda: f(a=1, b=2, c=3), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, 3, x=1),
             lambda: f(1, 2, 3, c=3), lambda: f(1, b=2, c=3), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


def g(x, y=2, /):
    return x, y


print(g(1), g(1, 3))
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__, e)


def h(a, /, **kw):
    return a, kw


print(h(1, a=2), h(a=0) if False else h(0, b=1))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)


class C:
    def m(self, a, /, b):
        return a + b


print(C().m(1, 2), C().m(1, b=5))
try:
    C().m(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount if hasattr(f, "__code__") else 2, f.__defaults__, f.__kwdefaults__)
