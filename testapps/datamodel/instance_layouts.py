# Instance attributes kept in shared layouts must behave as a dict would: order, deletion,
# __dict__ views, vars(), __class__ assignment, overrides and descriptors.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


a = P(1, 2)
b = P(3, 4)
b.z = 5
print(vars(a), vars(b))
print(a.total(), b.total())

# Attributes set in a different order keep their own order.
c = P.__new__(P)
c.y = 10
c.x = 20
print(c.__dict__, list(vars(c)))

# __dict__ taken, then written: the instance sees the writes.
d = P(5, 6)
dd = d.__dict__
dd["x"] = 50
dd["w"] = 7
print(d.x, d.w, d.total(), dd)
d.v = 8
print(dd)

# Deletion keeps the order of what remains.
e = P(1, 2)
e.a = 3
e.b = 4
del e.y
print(vars(e))
try:
    print(e.y)
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    del e.y
except AttributeError as ex:
    print(type(ex).__name__, ex)
e.y = 9
print(vars(e), e.total())

# A loop over many instances, some with an extra attribute, some deleted.
objs = [P(i, i * 2) for i in range(10)]
for i, o in enumerate(objs):
    if i % 3 == 0:
        o.extra = i
    if i % 4 == 0:
        del o.x
for o in objs:
    print(getattr(o, "x", None), o.y, getattr(o, "extra", None), sorted(vars(o)))

# An instance attribute that shadows a method, then is removed.
f = P(1, 1)
f.total = lambda: "shadowed"
print(f.total())
del f.total
print(f.total())

# Replacing __dict__.
g = P(1, 2)
g.__dict__ = {"x": 100, "y": 200, "q": 1}
print(g.total(), vars(g))
try:
    g.__dict__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)


# __class__ assignment keeps the attributes.
class Q:
    def total(self):
        return self.x * self.y


h = P(3, 4)
h.__class__ = Q
print(type(h).__name__, h.total(), vars(h))
h.__class__ = P
print(h.total())


# Many distinct names: past any layout limit, still a dict in order.
class Bag:
    pass


bag = Bag()
for i in range(60):
    setattr(bag, "n%d" % i, i)
print(len(vars(bag)), list(vars(bag))[:3], list(vars(bag))[-3:], bag.n59)
bags = []
for j in range(300):
    x = Bag()
    setattr(x, "k%d" % j, j)
    x.common = j
    bags.append(x)
print(sum(b.common for b in bags), vars(bags[299]))


# A data descriptor on the class wins over a value in the layout.
class Loud:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        obj.__dict__["seen"] = value


class R:
    attr = Loud()

    def __init__(self):
        self.plain = 1


r = R()
r.attr = 5
print(r.attr, r.plain, vars(r))
R.plain = property(lambda self: "prop")
print(r.plain)
del R.plain
print(r.plain)


# __setattr__ / __getattr__ overrides.
class S:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

    def __getattr__(self, name):
        return "missing " + name


s = S()
s.b = 5
print(s.a, s.b, s.c, vars(s))


# __slots__ next to a dict.
class T:
    __slots__ = ("u", "__dict__")


t = T()
t.u = 1
t.v = 2
print(t.u, t.v, vars(t))
del t.u
try:
    t.u
except AttributeError as ex:
    print(type(ex).__name__, ex)


class U:
    __slots__ = ("m", "n")

    def __init__(self):
        self.m = 1


u = U()
try:
    print(u.n)
except AttributeError as ex:
    print(type(ex).__name__, ex)
u.n = 3
print(u.m + u.n)
try:
    u.other = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)


# A slot descriptor planted on an unrelated class does not read that class's instances.
class V:
    pass


V.m = U.m
vv = V()
try:
    vv.m
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    vv.m = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
print(dir(a)[-3:], a.__dict__ == {"x": 1, "y": 2}, a.__getstate__() if hasattr(a, "__getstate__") else None)
