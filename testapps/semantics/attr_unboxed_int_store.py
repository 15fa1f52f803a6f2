# Attribute stores of numbers computed unboxed (o.x += 1, o.x = a * b + c) into every kind of
# attribute: plain layouts, deleted and re-set attributes, __slots__, properties, __setattr__
# overrides, a class patched at run time, and instances that moved to a dict.


class Plain:
    def __init__(self, v):
        self.a = v
        self.b = v * 2
        self.c = 0


def bump(o, n):
    for i in range(n):
        o.a += 1
        o.c = o.a * 3 + i
    return o


p = bump(Plain(1), 5)
print(p.a, p.b, p.c, list(vars(p)))

# A deleted attribute set again by an int store goes last in __dict__.
q = Plain(2)
del q.a
q.a = q.b * 10 + 1
print(list(vars(q)), q.a)
del q.b
bump(q, 2)
print(list(vars(q)), q.a, q.c)

# Overflow past 64 bits while storing.
big = Plain(2 ** 62)
big.a += 2 ** 62
big.a += 2 ** 62
print(big.a, type(big.a).__name__)


class Slotted:
    __slots__ = ("a", "c")

    def __init__(self):
        self.a = 0


s = Slotted()
bump(s, 3)
print(s.a, s.c)
try:
    del s.c
    s.c += 1
except AttributeError as e:
    print("AttributeError:", e)


class Prop:
    def __init__(self):
        self._a = 0
        self.log = []

    @property
    def a(self):
        return self._a

    @a.setter
    def a(self, v):
        self.log.append(v)
        self._a = v

    c = 0


pr = bump(Prop(), 3)
print(pr.a, pr.log, pr.c)


class Hooked:
    def __init__(self):
        object.__setattr__(self, "a", 0)
        object.__setattr__(self, "c", 0)

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value + 100)


h = bump(Hooked(), 2)
print(h.a, h.c)

# The same sites after the class gains a __setattr__ at run time.
pl = bump(Plain(0), 3)


def loud(self, name, value):
    print("patched", name, value)
    object.__setattr__(self, name, -value)


Plain.__setattr__ = loud
bump(pl, 1)
print(pl.a, pl.c)
del Plain.__setattr__
bump(pl, 1)
print(pl.a, pl.c)

# An instance whose attributes moved to its dict (vars() written to).
d = Plain(5)
vars(d)["extra"] = 1
bump(d, 2)
print(vars(d))

# Floats and ints into the same attribute, in turn.
m = Plain(1)
for i in range(4):
    m.a = m.a * 1.5 if i % 2 else m.a * 2 + 1
    print(m.a)
x = m.a
m.a += 1.0
print(x, m.a, x is m.a)
