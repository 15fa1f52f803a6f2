# Direct calls of defs with *args, keyword-only parameters and **kwargs (bound at build time):
# the tuple and dict they get, defaults read at call time, rebinding, errors and methods.


def f(a, b=2, *args, c=3, d=None, **kw):
    return (a, b, args, c, d, kw)


def kwonly(x, *, key, reverse=False):
    return (x, key, reverse)


def star(*args):
    return args


def stars(*args, **kwargs):
    return (args, kwargs)


def posonly_kw(a, /, **kw):
    return (a, kw)


def acc(x, *, into=[]):
    into.append(x)
    return into


def show(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)


show("f1", lambda: f(1))
show("f2", lambda: f(1, 5, 6, 7, c=4))
show("f3", lambda: f(1, d=9, z=1, y=2))
show("f4", lambda: f(b=1, a=0, e=5))
show("f5", lambda: f())
show("f6", lambda: f(1, 2, a=3))
show("kw1", lambda: kwonly(1, key=2))
show("kw2", lambda: kwonly(1, reverse=True, key=3))
show("kw3", lambda: kwonly(1))
show("kw4", lambda: kwonly(1, 2))
show("kw5", lambda: kwonly(1, key=1, z=0))
show("s1", lambda: star())
show("s2", lambda: star(1, 2, 3))
show("s3", lambda: star(x=1))
show("ss", lambda: stars(1, b=2, a=1))
show("po1", lambda: posonly_kw(1, a=2))
show("po2", lambda: posonly_kw(a=2))
# A fresh dict and tuple per call: mutating one call's leaves the next alone.
r1 = stars(1, k=1)
r1[1]["k"] = 99
print("fresh", r1, stars(1, k=1), f(0)[5] is f(0)[5])
# A mutable keyword-only default is shared by every call.
print("shared", acc(1), acc(2), acc(3, into=[]))

# __defaults__ and __kwdefaults__ changed at run time are seen by the next call.
for i in range(3):
    show("loop", lambda: (f(i), kwonly(i, key=0)))
    if i == 0:
        f.__defaults__ = (20,)
        kwonly.__kwdefaults__ = {"reverse": "R", "key": "K"}
    elif i == 1:
        f.__kwdefaults__ = {"c": 30}
        kwonly.__kwdefaults__ = None
show("after", lambda: kwonly(5))
show("after2", lambda: f(1))
f.__defaults__ = None
show("nodefault", lambda: f(1))

# Rebinding the global in the middle of a loop takes the new function.
def g(x, *rest, sep="-"):
    return sep.join(map(str, (x,) + rest))


out = []
for i in range(4):
    out.append(g(i, i + 1, sep="+"))
    if i == 1:
        g = lambda *a, **k: ("rebound", a, k)
print(out)


class Widget:
    def __init__(self, name, *, width=10, height=20, **opts):
        self.name = name
        self.width = width
        self.height = height
        self.opts = opts

    def area(self, *, scale=1, **extra):
        return (self.width * self.height * scale, extra)

    def parts(self, *more):
        return (self.name,) + more


w = Widget("w", width=3, color="red")
print(w.name, w.width, w.height, w.opts)
print(w.area(), w.area(scale=2, note=1), w.parts(), w.parts(1, 2))
show("m1", lambda: w.area(2))
show("m2", lambda: Widget("x", 1))
show("m3", lambda: Widget(width=1))
# An instance attribute shadows the method; a patched class method is seen.
w.area = lambda **k: ("instance", k)
print(w.area(scale=5))
del w.area
Widget.area = lambda self, **k: ("patched", k)
print(w.area(scale=6))
Widget.area.__kwdefaults__ = None
Widget.parts.__kwdefaults__ = {"x": 1}
print(w.parts(7))

# Forwarding g(*args, **kwargs) to f binds from the dict itself; the callee's **kwargs is its own dict.
def target(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)


def fwd(*args, **kwargs):
    return target(*args, **kwargs)


opts = {"c": 5, "e": 1}
r = fwd(1, **opts)
r[4]["e"] = 100
print("fwd", r, opts, fwd(1, 2, 3, 4, **opts), fwd(**{"a": 7}))
print("fwd2", target(*[1, 2, 3], **{"b": 0} if False else {}), target(0, *(), **opts))


class S(str):
    pass


print("subkey", target(1, **{S("zz"): 1}), posonly_kw(1, **{"a": 3}))
show("fe1", lambda: fwd(**{"b": 1}))
show("fe2", lambda: fwd(1, 2, b=3))
show("fe3", lambda: kwonly(1, 2, z=3))
show("fe4", lambda: kwonly(1, 2, **{"z": 3}))
def only2(a, b, /):
    return a + b


show("fe5", lambda: only2(1, 2, 3, b=4))
show("fe6", lambda: star(**{"x": 1}))
show("fe7", lambda: target(1, **{"a": 2}))
