# Float attributes stored from arithmetic: an instance may reuse its float for the next store, but a
# value read out before must never change, identity of a stored value holds, and every other view
# of the attributes (vars, __dict__, getattr, slots, copies, pickles) sees the current numbers.
import copy
import math
import pickle


class P:
    def __init__(self, x, y):
        self.x = x * 1.0
        self.y = y * 1.0

    def move(self, dx, dy):
        self.x += dx
        self.y = self.y + dy * 1.0

    def scale(self, k):
        self.x, self.y = self.x * k, self.y * k


class S:
    __slots__ = ("a", "b")

    def set(self, v):
        self.a = v * 2.0
        self.b = self.a + 0.5


def kept_values():
    p = P(1, 2)
    before = p.x
    saved = [p.x, p.y]
    p.move(0.5, 0.25)
    print(before, saved, p.x, p.y)
    print(p.x is p.x, p.y is p.y)
    held = p.x
    p.move(1.0, 1.0)
    print(held, p.x, held is p.x)
    seen = []
    for i in range(5):
        p.x += 1.5
        seen.append(p.x)
    print(seen)
    d = {"k": p.y}
    p.move(0.0, 10.0)
    print(d, p.y)
    f = lambda: p.x
    a = f()
    p.x *= 2.0
    print(a, f(), p.x)


def views():
    p = P(3, 4)
    p.move(0.5, 0.5)
    print(vars(p))
    snapshot = dict(p.__dict__)
    p.move(1.0, 1.0)
    print(snapshot, vars(p))
    p.__dict__["x"] = 100.0
    p.move(1.0, 1.0)
    print(vars(p), getattr(p, "x"), p.x)
    q = P(5, 6)
    q.move(1.0, 1.0)
    setattr(q, "y", 0.125)
    q.move(1.0, 1.0)
    print(q.x, q.y)
    delattr(q, "x")
    print(hasattr(q, "x"), vars(q))
    q.x = 2.0 * 3.0
    q.move(1.0, 1.0)
    print(vars(q), list(q.__dict__))
    del q.y
    try:
        q.move(1.0, 1.0)
    except AttributeError as e:
        print("AttributeError", e)
    print(vars(q))


def slots():
    s = S()
    s.set(1.5)
    print(s.a, s.b)
    a = s.a
    s.set(4.0)
    print(a, s.a, s.b, S.a.__get__(s, S))
    del s.b
    try:
        print(s.b)
    except AttributeError as e:
        print("AttributeError", e)
    s.b = s.a * 3.0
    s.b += 1.0
    print(s.b)
    t = copy.copy(s)
    u = copy.deepcopy(s)
    s.set(10.0)
    print(t.a, t.b, u.a, u.b, s.a, s.b)


class MyFloat(float):
    def __add__(self, other):
        return MyFloat(float(self) + other)

    def __repr__(self):
        return "MyFloat(%s)" % float.__repr__(self)


def kinds():
    p = P(0, 0)
    p.x = MyFloat(1.5)
    p.x += 1.0
    print(repr(p.x), type(p.x).__name__)
    p.x = 7
    p.x += 1
    print(p.x, type(p.x).__name__)
    p.x += 0.5
    print(p.x, type(p.x).__name__)
    p.x = 2 ** 62
    p.x *= 4
    print(p.x)
    p.x = "s"
    p.x += "t"
    print(p.x)
    p.y = -0.0 * 1.0
    print(p.y, math.copysign(1.0, p.y))
    p.y = float("nan") * 1.0
    n = p.y
    print(p.y is p.y, p.y == p.y, [p.y] == [p.y], n is p.y, math.isnan(n))
    p.y = math.inf * 1.0
    p.y -= math.inf
    print(p.y)


class Watched:
    def __init__(self):
        self.log = []
        self.v = 1.0

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)


class WithProperty:
    def __init__(self):
        self._r = 0.0

    @property
    def r(self):
        return self._r

    @r.setter
    def r(self, value):
        print("set r", value)
        self._r = value


def hooks():
    w = Watched()
    for i in range(3):
        w.v = w.v * 1.5
        w.v += 0.25
    print(w.log, w.v)
    p = WithProperty()
    for i in range(2):
        p.r = p.r + 1.5
        p.r *= 2.0
    print(p.r)


class Wide:
    def __init__(self):
        for i in range(40):
            setattr(self, "f%d" % i, float(i))

    def bump(self):
        self.f0 += 1.0
        self.f31 += 1.0
        self.f32 += 1.0
        self.f39 = self.f39 * 2.0


class Base:
    def __init__(self):
        self.m = 1.0

    def grow(self):
        self.m = self.m * 1.25
        return self.m


class Derived(Base):
    def __init__(self):
        self.extra = "e"
        super().__init__()


class Other:
    def __init__(self):
        self.m = 0.5


def layouts():
    w = Wide()
    old = (w.f0, w.f31, w.f32, w.f39)
    for _ in range(3):
        w.bump()
    print(old, w.f0, w.f31, w.f32, w.f39)
    objs = [Base(), Derived(), Base()]
    outs = []
    for _ in range(3):
        for o in objs:
            outs.append(o.grow())
    print(outs)
    print([vars(o) for o in objs])
    b = Base()
    b.grow()
    b.__class__ = Other
    print(type(b).__name__, b.m, vars(b))
    b.m += 1.0
    print(b.m)


def copies():
    p = P(1, 2)
    p.move(0.5, 0.5)
    c = copy.copy(p)
    d = copy.deepcopy(p)
    s = pickle.loads(pickle.dumps(p))
    p.move(1.0, 1.0)
    print(vars(c), vars(d), vars(s), vars(p))
    c.move(2.0, 2.0)
    print(vars(c), vars(p))
    print(p == c, P.__eq__(p, p))


class Eq:
    def __init__(self, v):
        self.v = v * 1.0

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


def equality():
    a, b = Eq(2), Eq(2)
    a.v += 0.5
    b.v = b.v + 0.5
    print(a == b, hash(a) == hash(b), len({a, b}))
    b.v *= 2.0
    print(a == b, a.v, b.v)


def gen(p):
    for i in range(3):
        p.x += 0.5
        yield p.x


def generators():
    p = P(0, 0)
    print(list(gen(p)), p.x)


kept_values()
views()
slots()
kinds()
hooks()
layouts()
copies()
equality()
generators()
