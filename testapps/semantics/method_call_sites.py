# Method calls and attribute reads at one site over instances of several classes, while the
# classes and instances change under the site: the cached fast paths must notice every change.


class Base:
    def __init__(self, n):
        self.n = n

    def get(self):
        return ("Base.get", self.n)

    def add(self, x):
        return self.n + x

    def add2(self, x, y):
        return self.n + x + y

    def add3(self, x, y, z):
        return self.n + x + y + z


class Child(Base):
    def get(self):
        return ("Child.get", self.n)


class Other:
    def __init__(self):
        self.k = 1
        self.n = 5

    def get(self):
        return ("Other.get", self.n)

    def add(self, x):
        return -x

    def add2(self, x, y):
        return -x - y

    def add3(self, x, y, z):
        return -x - y - z


def calls(objs):
    out = []
    for o in objs:
        try:
            out.append((o.get(), o.add(1), o.add2(1, 2), o.add3(1, 2, 3), o.n))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


objs = [Base(1), Child(2), Other(), Base(3), Child(4)]
for _ in range(3):
    print(calls(objs))

# An instance attribute shadows the method (same layout as before otherwise).
shadow = Base(10)
shadow.get = lambda: "instance lambda"
print(calls([shadow, Base(11)]))

# Rebinding a method on the class after the sites have cached it.
original_get = Base.get
Base.get = lambda self: ("patched", self.n)
print(calls(objs))
del Base.get
print(calls(objs))
Base.get = original_get
print(calls(objs))


# A class gaining __getattr__ / __getattribute__ later.
def ga(self, name):
    return "missing " + name


Other.__getattr__ = ga
o = Other()
print(o.nope, o.get(), o.n)


def gattr(self, name):
    if name == "get":
        return lambda: "from __getattribute__"
    return object.__getattribute__(self, name)


Other.__getattribute__ = gattr
print(calls([o, Other()]))
del Other.__getattribute__
print(calls([o]))

# A property replacing a plain attribute on the class: data descriptors win over the layout.
c = Child(7)
print(c.n, calls([c]))
Child.n = property(lambda self: "property n")
print(c.n, calls([c]))
del Child.n
print(c.n)

# Assigning __class__ moves an instance under another class's methods.
b = Base(20)
print(calls([b]))
b.__class__ = Child
print(calls([b]))

# An instance whose attributes moved to a dict (vars()) still finds methods and values.
d = Base(30)
vars(d)["extra"] = 1
print(calls([d]), d.extra)
del d.n
print(calls([d]))

# Many shapes of one class at one site.
class Bag:
    def total(self):
        return sum(v for k, v in sorted(vars(self).items()))


bags = []
for i in range(6):
    g = Bag()
    for j in range(i + 1):
        setattr(g, "a%d" % ((i * 7 + j) % 9), j)
    bags.append(g)
print([g.total() for g in bags])

# A method that is not a function: staticmethod, classmethod, a callable instance.
class Caller:
    def __call__(self, *args):
        return ("called", len(args))


class Odd:
    s = staticmethod(lambda x: ("static", x))
    c = classmethod(lambda cls, x: ("class", cls.__name__, x))
    i = Caller()


odd = Odd()
print(odd.s(1), odd.c(2), odd.i(3))
