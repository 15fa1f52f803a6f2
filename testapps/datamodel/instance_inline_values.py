# Instance attributes past and across the values an instance keeps in itself: many attributes,
# __slots__ mixed with a dict, a subclass adding __slots__ to a dict class, __dict__ views,
# del, __class__ assignment, and a dict replaced while a layout was in use.


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * i)


m = Many(12)
print([getattr(m, "a%d" % i) for i in range(12)])
m.a3 = "three"
m.a11 = "eleven"
print(m.a3, m.a11, m.a10, len(vars(m)))
del m.a7
print(hasattr(m, "a7"), m.a8, sorted(vars(m))[:4])
m.a7 = 7
print(list(vars(m))[-1], m.a7)


class Slotted:
    __slots__ = ("x", "y", "z", "w", "u", "v", "t")

    def __init__(self):
        self.x = 1
        self.t = 7


s = Slotted()
print(s.x, s.t)
try:
    print(s.y)
except AttributeError as e:
    print(type(e).__name__, e)
s.y = 2
del s.x
try:
    del s.x
except AttributeError as e:
    print(type(e).__name__, e)
print(s.y, hasattr(s, "x"), hasattr(s, "__dict__"))


class Base:
    def __init__(self):
        self.p = 1
        self.q = 2


class WithSlots(Base):
    __slots__ = ("r", "s2", "t2", "u2", "v2", "w2")

    def __init__(self):
        super().__init__()
        self.r = 3
        self.w2 = 9
        self.extra = 4


for obj in (Base(), WithSlots(), Base(), WithSlots()):
    print(type(obj).__name__, obj.p, obj.q, vars(obj), getattr(obj, "r", None), getattr(obj, "w2", None))

w = WithSlots()
d = w.__dict__
d["q"] = 20
w.p = 10
print(w.p, w.q, w.r, w.w2, d)
w.__dict__ = {"z": 5}
print(vars(w), w.r, w.w2, hasattr(w, "p"))


class Other(Base):
    pass


b = Base()
b.k = 1
b.__class__ = Other
print(type(b).__name__, b.p, b.q, b.k, vars(b))


def read_all(o):
    return (o.p, o.q)


objs = [Base(), WithSlots(), Other()]
for o in objs * 2:
    print(type(o).__name__, read_all(o))
del objs[1].p
try:
    read_all(objs[1])
except AttributeError as e:
    print(type(e).__name__, e)


class Wide:
    __slots__ = tuple("s%d" % i for i in range(9))


x = Wide()
for i in range(9):
    setattr(x, "s%d" % i, i + 100)
print([getattr(x, "s%d" % i) for i in range(9)])
print(x.s8, Wide.s2)
del x.s0
x.s0 = "again"
print(x.s0, x.s8)
