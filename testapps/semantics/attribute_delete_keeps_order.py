# Deleting instance attributes and setting them again: reads, errors, and __dict__/vars()/dir()
# order as CPython (a re-added name goes last), through compiled attribute sites and getattr/setattr.


class P:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

    def get_b(self):
        return self.b

    def set_b(self, v):
        self.b = v


def show(o):
    print(list(vars(o)), sorted(k for k in dir(o) if len(k) == 1), o.__dict__)


p = P(1, 2, 3)
del p.b
show(p)
for name in "abc":
    print(name, hasattr(p, name), getattr(p, name, "missing"))
try:
    p.get_b()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.b
except AttributeError as e:
    print(type(e).__name__, e)
p.set_b(20)
show(p)
print(p.get_b(), p.b)

# The last attributes deleted, then set again in another order.
q = P(1, 2, 3)
del q.c
del q.b
q.c = 30
show(q)
q.b = 20
show(q)

# Many instances through the same sites: each keeps its own deleted names.
items = [P(i, i * 10, i * 100) for i in range(6)]
for i, o in enumerate(items):
    if i % 2:
        del o.a
    if i % 3 == 0:
        del o.c
for o in items:
    print(getattr(o, "a", None), o.b, getattr(o, "c", None), list(o.__dict__))
for i, o in enumerate(items):
    if i % 2:
        o.a = -i
print([list(vars(o)) for o in items])

# A class attribute shows through once the instance's own is deleted.
class Shadow:
    x = "class"

    def __init__(self):
        self.x = "instance"
        self.y = 1


s = Shadow()
print(s.x)
del s.x
print(s.x, vars(s))
s.x = "again"
print(s.x, vars(s))
del s.x, s.y
print(s.x, vars(s), s.__dict__ == {})
s.y = 2
s.x = 3
print(vars(s))

# A method shadowed by an instance attribute, then unshadowed by del.
class M:
    def m(self):
        return "method"


m = M()
m.m = lambda: "attribute"
calls = []
for i in range(4):
    calls.append(m.m())
    if i == 1:
        del m.m
print(calls)

# The contextmanager pattern: delete in one method, read others later.
class Holder:
    def __init__(self, func, args):
        self.gen = iter(args)
        self.func = func
        self.args = args
        self.doc = "d"

    def enter(self):
        del self.args, self.func
        return next(self.gen)


hs = [Holder(len, (i, i + 1)) for i in range(3)]
print([h.enter() for h in hs], [list(vars(h)) for h in hs])
print(hasattr(hs[0], "args"), hs[0].__dict__.keys())

# __dict__ asked for after deletions, then used as the truth.
d = P(1, 2, 3)
del d.a
dd = d.__dict__
dd["a"] = 9
print(d.a, list(vars(d)))
del d.b
print(dd, hasattr(d, "b"))

# setattr/delattr by name and a __slots__ + __dict__ class.
class S:
    __slots__ = ("s", "__dict__")


o = S()
o.s = 1
o.x = 2
o.y = 3
delattr(o, "x")
setattr(o, "x", 4)
print(o.s, vars(o))
del o.s
print(hasattr(o, "s"), vars(o))
try:
    del o.s
except AttributeError as e:
    print(type(e).__name__, e)

# __class__ assignment after a deletion keeps the attributes.
class A:
    def __init__(self):
        self.p = 1
        self.q = 2


class B:
    pass


a = A()
del a.p
a.__class__ = B
print(type(a).__name__, vars(a))
a.p = 5
print(vars(a))
