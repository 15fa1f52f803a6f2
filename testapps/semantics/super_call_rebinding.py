# super().name(...) calls made again and again from one place while the classes along the MRO
# change: a base method replaced or deleted, one added in between, a diamond, classmethods,
# a property or builtin method found through super, and exception classes built on super().__init__.


class A:
    def greet(self, x):
        return "A.greet %s" % x

    def __init__(self, v):
        self.v = v


class B(A):
    def greet(self, x):
        return "B>" + super().greet(x)

    def __init__(self, v):
        super().__init__(v * 2)


class C(B):
    def greet(self, x):
        return "C>" + super().greet(x)


def show(objs):
    for o in objs:
        print(type(o).__name__, o.greet(1), o.v)


objs = [B(1), C(2), B(3)]
show(objs)
A.greet = lambda self, x: "patched A %s" % (x * 10)
show(objs)


def b_greet(self, x):
    return "new B %s" % x


B.greet = b_greet
show(objs)
del B.greet
show(objs)


class Mixin(A):
    def greet(self, x):
        return "Mixin>" + super().greet(x)


class D(C, Mixin):
    pass


print(D.__mro__)
show([D(5), C(6)])
del A.greet
try:
    show([C(7)])
except AttributeError as e:
    print(type(e).__name__, e)


class P:
    @classmethod
    def make(cls):
        return "P.make for " + cls.__name__

    @property
    def prop(self):
        return "P.prop"

    def __repr__(self):
        return "P-repr"


class Q(P):
    @classmethod
    def make(cls):
        return "Q>" + super().make()

    def info(self):
        return super().prop, super().__repr__(), super().__str__(), super().__class__.__name__

    def __repr__(self):
        return "Q-repr"


for _ in range(2):
    print(Q.make(), Q().make(), Q().info())


class MyError(Exception):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code


class Narrow(MyError):
    def __init__(self, code):
        super().__init__(code, "narrow %d" % code)


for i in range(3):
    try:
        raise (Narrow(i) if i % 2 else MyError(i, "plain"))
    except MyError as e:
        print(type(e).__name__, e.args, e.code, str(e))

MyError.__init__ = lambda self, code, text: Exception.__init__(self, "replaced", code)
try:
    raise Narrow(9)
except MyError as e:
    print(type(e).__name__, e.args, hasattr(e, "code"))


class WithNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)


print(WithNew(4), super(B, objs[0]).greet if hasattr(A, "greet") else "no greet")
