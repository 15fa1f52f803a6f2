# Calling a class: the cached "object.__new__ + __init__" plan must follow every change
# to __init__, __new__, the bases and the metaclass made after the first calls.


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


def show(o):
    print(type(o).__name__, sorted(vars(o).items()) if hasattr(o, "__dict__") else o)


for n in range(3):
    show(P(n))
show(P(1, y=5))
show(P(x=7))

# __init__ replaced on the class after calls.
def init2(self, x, y=0, z=9):
    self.x = x * 10
    self.z = z

P.__init__ = init2
show(P(1))
show(P(1, 2, 3))

# __init__ removed: object.__init__ refuses arguments, accepts none.
del P.__init__
try:
    P(1)
except Exception as e:
    print(type(e).__name__, e)
show(P())


# A base's __init__ changes: the subclass follows.
class Base:
    def __init__(self, a):
        self.a = a


class Child(Base):
    pass


for i in range(2):
    show(Child(i))
Base.__init__ = lambda self, a: setattr(self, "b", a * 2)
show(Child(4))


# __new__ added after calls.
class N:
    def __init__(self, v=0):
        self.v = v


show(N(1))


def new(cls, v):
    print("new", cls.__name__, v)
    return 42


N.__new__ = new
print(N(3))
del N.__new__
# (no arguments: after a __new__ was deleted, CPython's object.__new__ refuses extra ones)
show(N())


# __init__ returning something other than None.
class R:
    def __init__(self, v):
        self.v = v
        return v


print(R(None).v)
for v in (1, "s"):
    try:
        R(v)
    except Exception as e:
        print(type(e).__name__, e)


# The metaclass gains a __call__ after the class was called.
class Meta(type):
    pass


class M(metaclass=Meta):
    def __init__(self, a, b, c):
        self.t = (a, b, c)


show(M(1, 2, 3))


def meta_call(cls, *args):
    print("meta call", cls.__name__, args)
    return "made"


Meta.__call__ = meta_call
print(M(1, 2, 3))
print(M())
del Meta.__call__
show(M(4, 5, 6))


# __init__ as something that is not a plain function.
class C:
    pass


show(C())
C.__init__ = staticmethod(lambda *a: print("static init", len(a)))
C()
C(1, 2)


class CallableInit:
    def __call__(self, *args):
        print("callable init", args)


C.__init__ = CallableInit()
C(1)


# Wrong argument counts give CPython's messages.
class W:
    def __init__(self, a, b):
        self.s = a + b


show(W(1, 2))
for args in [(), (1,), (1, 2, 3), (1, 2, 3, 4)]:
    try:
        W(*args)
    except Exception as e:
        print(type(e).__name__, e)


# Abstract methods set after calls.
class A:
    pass


A()
A.__abstractmethods__ = frozenset({"f"})
try:
    A()
except Exception as e:
    print(type(e).__name__, e)
del A.__abstractmethods__
show(A())


# Many arguments and keywords through the plan.
class Many:
    def __init__(self, a, b, c, d, e, f=6, *rest, **kw):
        self.v = (a, b, c, d, e, f, rest, sorted(kw.items()))


show(Many(1, 2, 3, 4, 5))
show(Many(1, 2, 3, 4, 5, 7, 8, k=1))


# An exception from __init__ propagates.
class Boom:
    def __init__(self, x):
        raise ValueError(f"bad {x}")


try:
    Boom(3)
except ValueError as e:
    print("caught", e)
