# Calls to functions of seven to twelve parameters (the *args tuple, keyword-only values and the
# **kwargs dict counting one each), whose bodies take their arguments one by one: positional,
# keyword and default-filled calls, methods, closures, and every mismatch with CPython's error.
# Thirteen and more take an array: the same calls must behave the same there.
import functools
import sys


def f7(a, b, c, d, e, f, g):
    return (a, b, c, d, e, f, g)


def f9(a, b, c, d=4, e=5, f=6, g=7, h=8, i=9):
    return (a, b, c, d, e, f, g, h, i)


def f12(a, b, c, d, e, f, g, h, i, j, k, l=12):
    return a + b + c + d + e + f + g + h + i + j + k + l


def f13(a, b, c, d, e, f, g, h, i, j, k, l, m=13):
    return a + b + c + d + e + f + g + h + i + j + k + l + m


def po(a, b, c, /, d, e, f, g=7):
    return (a, b, c, d, e, f, g)


def kwonly(a, b, c, d, *, e, f=6, g=7, h):
    return (a, b, c, d, e, f, g, h)


def star(a, b, c, d, e, *rest, key=None, **extra):
    return (a, b, c, d, e, rest, key, sorted(extra.items()))


def star13(a, b, c, d, e, f, g, h, i, j, *rest, key=0, **extra):
    return (a + b + c + d + e + f + g + h + i + j, rest, key, sorted(extra.items()))


def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)


print("-- positional and keywords")
print(f7(1, 2, 3, 4, 5, 6, 7))
print(f7(1, 2, 3, 4, 5, 6, g=7))
print(f7(g=7, f=6, e=5, d=4, c=3, b=2, a=1))
print(f9(1, 2, 3))
print(f9(1, 2, 3, i=90, d=40))
print(f9(1, 2, c=3, h=80))
print(f12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), f12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 100))
print(f12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, k=11, l=0))
print(f13(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), f13(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, m=0))

print("-- through a variable, partial and unpacking")
g = f9
print(g(1, 2, 3, 4, 5, 6, 7, 8, 9), g(1, 2, 3, e=50))
p = functools.partial(f9, 1, 2, i=0)
print(p(3), p(3, 4, 5, h=1))
args = (1, 2, 3, 4, 5)
kw = {"g": 70, "h": 80}
print(f9(*args, **kw), f9(*args, 6, **kw), f9(0, *args, **kw))
print(f12(*range(11)), f12(*range(12)), f13(*range(12)))

print("-- positional-only, keyword-only, *args and **kwargs")
print(po(1, 2, 3, 4, 5, 6), po(1, 2, 3, d=4, e=5, f=6, g=0))
print(kwonly(1, 2, 3, 4, e=5, h=8), kwonly(1, 2, 3, d=4, h=8, e=5, g=0, f=1))
print(star(1, 2, 3, 4, 5), star(1, 2, 3, 4, 5, 6, 7, key=8, z=9, y=10))
print(star(1, 2, 3, d=4, e=5, key="k"), star(*range(8), **{"q": 1, "key": 2}))
print(star13(*range(10)), star13(*range(12), key=1, x=2))

print("-- defaults changed after the definition")
f9.__defaults__ = (40, 50, 60, 70, 80, 90)
print(f9(1, 2, 3))
f9.__defaults__ = (1, 2)
print(f9(1, 2, 3, 4, 5, 6, 7))
attempt(f9, 1, 2, 3)
f9.__defaults__ = (4, 5, 6, 7, 8, 9)
kwonly.__kwdefaults__ = {"f": 6, "g": 7, "h": 88}
print(kwonly(1, 2, 3, 4, e=5))
attempt(kwonly, 1, 2, 3, 4, h=8)
kwonly.__kwdefaults__ = {"f": 6, "g": 7}

print("-- errors")
attempt(f7, 1, 2, 3, 4, 5, 6)
attempt(f7, 1, 2, 3, 4, 5)
attempt(f7, 1, 2, 3)
attempt(f7, 1, 2, 3, 4, 5, 6, 7, 8)
attempt(f7, 1, 2, 3, 4, 5, 6, 7, a=1)
attempt(f7, 1, 2, 3, 4, 5, 6, 7, z=1)
attempt(f9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
attempt(f9, 1, 2, 3, d=4, d2=5)
attempt(f12, *range(13))
attempt(f12, *range(10))
attempt(f13, *range(11))
attempt(f13, *range(12), a=0)
attempt(po, 1, 2, c=3, d=4, e=5, f=6)
attempt(po, a=1, b=2, c=3, d=4, e=5, f=6)
attempt(kwonly, 1, 2, 3, 4)
attempt(kwonly, 1, 2, 3, 4, 5, e=5, h=8)
attempt(kwonly, 1, 2, 3, 4, e=5, h=8, zz=1)
attempt(star, 1, 2, 3, 4)
attempt(star, 1, 2, 3, 4, 5, a=1)
attempt(star13, *range(9))

print("-- methods")


class Record:
    def __init__(self, name, level, path, line, msg, args, exc_info, func=None, sinfo=None):
        self.fields = (name, level, path, line, msg, args, exc_info, func, sinfo)

    def update(self, a, b, c, d, e, f, *, g=0):
        return (self, a, b, c, d, e, f, g)

    @classmethod
    def make(cls, a, b, c, d, e, f, g=None):
        return cls("made", a, b, c, d, e, f, g)

    @staticmethod
    def total(a, b, c, d, e, f, g, h=0):
        return a + b + c + d + e + f + g + h

    def __repr__(self):
        return "Record"


class Child(Record):
    def __init__(self, name, level, path, line, msg, args, exc_info, func=None, sinfo=None, extra=None):
        super().__init__(name, level, path, line, msg, args, exc_info, func=func, sinfo=sinfo)
        self.extra = extra


r = Record("n", 10, "p", 3, "m", (), None)
print(r.fields)
print(Record("n", 10, "p", 3, "m", (), None, sinfo="s").fields)
print(r.update(1, 2, 3, 4, 5, 6), r.update(1, 2, 3, 4, 5, f=6, g=7))
bound = r.update
print(bound(1, 2, 3, 4, 5, 6, g=9), Record.update(r, 1, 2, 3, 4, 5, 6))
print(Record.make(1, 2, 3, 4, 5, 6).fields, r.make(1, 2, 3, 4, 5, 6, g=7).fields)
print(Record.total(1, 2, 3, 4, 5, 6, 7), r.total(1, 2, 3, 4, 5, 6, 7, h=8))
c = Child("c", 1, "p", 2, "m", (1,), None, extra={"x": 1})
print(c.fields, c.extra)
attempt(r.update, 1, 2, 3, 4, 5)
attempt(r.update, 1, 2, 3, 4, 5, 6, 7)
attempt(bound, 1, 2, 3, 4, 5, 6, self=1)
attempt(Record, "n", 10, "p", 3, "m", ())
attempt(Child, "n", 10, "p", 3, "m", (), None, extra=1, extra2=2)
attempt(Record.make, 1, 2, 3, 4, 5, 6, 7, 8)

print("-- closures and lambdas")


def maker(base):
    def inner(a, b, c, d, e, f, g=0, h=0):
        return base + a + b + c + d + e + f + g + h
    return inner


add = maker(100)
print(add(1, 2, 3, 4, 5, 6), add(1, 2, 3, 4, 5, 6, h=10), add.__name__, add.__code__.co_argcount)
lam = lambda a, b, c, d, e, f, g, h=8, *r, **k: (a, h, r, sorted(k))
print(lam(1, 2, 3, 4, 5, 6, 7), lam(1, 2, 3, 4, 5, 6, 7, 0, 9, z=1))

print("-- a raise inside a body of many parameters")


def fails(a, b, c, d, e, f, g, h, i=None):
    return a / b


try:
    fails(1, 0, 3, 4, 5, 6, 7, 8)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(e, names)


def where(a, b, c, d, e, f, g, h):
    frame = sys._getframe(1)
    return frame.f_code.co_name, frame.f_lineno


print(where(1, 2, 3, 4, 5, 6, 7, 8))
# The last call's error goes uncaught: CPython's traceback names the call's line.
f9(1, 2)
