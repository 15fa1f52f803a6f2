# One attribute site in a base-class method meets instances of several subclasses, each with its
# own attribute layout: every read, write and method call must see the instance's own truth,
# through shadowing, monkey-patching, __class__ assignment and deletions.


class Base:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def bump(self):
        self.n = self.n + 1
        return self.label()

    def label(self):
        return "base"


class A(Base):
    def __init__(self, n):
        self.a = "a"
        super().__init__(n)

    def label(self):
        return "A"


class B(Base):
    def __init__(self, n):
        super().__init__(n)
        self.b1 = 1
        self.b2 = 2

    def label(self):
        return "B" + str(self.b1)


class C(B):
    pass


class D(Base):
    pass


objs = [Base(0), A(10), B(20), C(30), D(40)]
for round_ in range(3):
    print(round_, [o.bump() for o in objs], [o.get() for o in objs])

# An instance attribute shadows the method on one object only.
objs[2].label = lambda: "shadowed"
print([o.bump() for o in objs])
del objs[2].label
print([o.bump() for o in objs])

# Monkey-patching a subclass and the base between calls at the same sites.
C.label = lambda self: "patched C"
Base.label = lambda self: "patched base"
print([o.bump() for o in objs])
del C.label
print([o.bump() for o in objs])

# __class__ assignment keeps the values, the site must follow the new class.
d = objs[4]
d.__class__ = A
try:
    print(d.bump(), d.get())
    print(d.a)
except Exception as e:
    print(type(e).__name__, e)
d.a = "now"
print(d.bump(), d.a, [o.get() for o in objs])

# Deleting an attribute read at a hot site.
del objs[1].n
for o in objs:
    try:
        print(o.get())
    except Exception as e:
        print(type(e).__name__, e)
objs[1].n = -1
print([o.get() for o in objs])


# A class with __getattr__ and one with a property at the same site.
class G(Base):
    def __getattr__(self, name):
        return "missing " + name


class P(Base):
    @property
    def n(self):
        return 99

    @n.setter
    def n(self, value):
        pass


more = [G(1), P(2), Base(3)]
for _ in range(2):
    print([o.get() for o in more], more[0].zzz)
