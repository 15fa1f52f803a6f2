# Dunders the runtime caches per class (operators, __init__/__new__, __getattr__, __setattr__,
# __call__) must follow later changes to the class and to its bases.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __repr__(self):
        return "V(%r)" % self.x


class W(V):
    pass


a, b = W(1), W(2)
for i in range(3):
    print(a + b)
V.__add__ = lambda self, o: "patched base"
print(a + b)
W.__add__ = lambda self, o: "patched sub"
print(a + b, V(1) + V(2))
del W.__add__
print(a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
V.__radd__ = lambda self, o: ("radd", o)
print(5 + a)
V.__lt__ = lambda self, o: self.x < o.x
print(a < b, b < a)


def init3(self, x, y, z):
    self.x = x + y + z


for i in range(2):
    print(W(i))
V.__init__ = init3
print(W(1, 2, 3))
try:
    W(1)
except TypeError as e:
    print(type(e).__name__, e)


def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


W.__new__ = new
print(W(4, 5, 6))


class G:
    def __init__(self):
        self.here = 1


g = G()
for i in range(2):
    try:
        print(g.missing)
    except AttributeError as e:
        print(type(e).__name__, e)
G.__getattr__ = lambda self, name: "fallback " + name
print(g.missing, g.here)


class Base:
    pass


class S(Base):
    pass


s = S()
for i in range(2):
    s.v = i
print(vars(s))
Base.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
s.v = 3
print(vars(s))
del Base.__setattr__
s.v = 4
print(vars(s))


class C:
    pass


c = C()
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
C.__call__ = lambda self, *a: ("called", a)
print(c(1, 2), c())


class D:
    __slots__ = ("p",)

    def __init__(self, p):
        self.p = p


d = D(1)
total = 0
for i in range(3):
    total += d.p
    d.p = i
print(total, d.p)
D.p2 = property(lambda self: self.p * 100)
print(d.p2)
