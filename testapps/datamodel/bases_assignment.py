# Assigning a class's __bases__: lookups, the MRO of the class and its subclasses, isinstance,
# super() and cached method sites all follow the new bases; CPython's checks refuse the rest.
class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"


class B:
    def f(self):
        return "B.f"

    x = "B.x"


class C(A):
    def who(self):
        return "C sees " + super().f()


class D(C):
    pass


c, d = C(), D()
calls = []
for round_ in range(2):
    for obj in (c, d):
        calls.append(obj.f())  # the same site before and after the assignment
        calls.append(obj.who())
    if round_ == 0:
        C.__bases__ = (B,)
print(calls)
print(C.__bases__, C.__base__, C.__mro__)
print(D.__mro__)
print(isinstance(c, A), isinstance(c, B), issubclass(D, B), issubclass(D, A))
print(c.x, d.x, hasattr(c, "g"))
print(A.__subclasses__(), B.__subclasses__())
B.f = lambda self: "new B.f"
print(c.f(), d.f())

# Several bases, and back.
class E:
    def e(self):
        return "E.e"


C.__bases__ = (A, E)
print(C.__mro__, c.e(), c.f())
C.__bases__ = (A,)
print(C.__mro__, hasattr(c, "e"))

# Instances keep their attributes.
class P:
    def __init__(self):
        self.v = 1


class Q:
    pass


class R(P):
    pass


r = R()
R.__bases__ = (Q,)
print(r.v, R().__dict__, R.__mro__)


class S:
    __slots__ = ("x",)


class L(list):
    pass


class Ex(Exception):
    pass


class M1(A, B):
    pass


class Child(C):
    pass


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)


def assign(cls, value):
    cls.__bases__ = value


attempt("list", lambda: assign(C, [A]))
attempt("empty", lambda: assign(C, ()))
attempt("not a class", lambda: assign(C, (1,)))
attempt("itself", lambda: assign(C, (C,)))
attempt("a subclass", lambda: assign(C, (D,)))
attempt("int", lambda: assign(C, (int,)))
attempt("slots", lambda: assign(C, (S,)))
attempt("list subclass", lambda: assign(C, (L,)))
attempt("exception to plain", lambda: assign(Ex, (A,)))
attempt("duplicate", lambda: assign(C, (A, B, A)))
attempt("builtin", lambda: assign(int, (A,)))
attempt("delete", lambda: delattr(C, "__bases__"))
# An MRO the subclass cannot keep: the assignment is undone.
class Z(B, C):
    pass


attempt("inconsistent for a subclass", lambda: assign(C, (B,)))
print(C.__mro__, Z.__mro__)
attempt("setattr", lambda: setattr(M1, "__bases__", (B, A)))
print(M1.__mro__, M1().f())
