# object.__new__ and object.__init__ refusing arguments: CPython decides by the new slot, which an
# assigned then deleted __new__ leaves pointing at the lookup (so object.__new__ gets the arguments).
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


class A:
    def __new__(cls, x):
        return super().__new__(cls, x)

attempt("A(1)", lambda: A(1))


class B:
    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)
    def __init__(self, x):
        super().__init__(x)

attempt("B(1)", lambda: B(1))


class C:
    def __init__(self, x):
        object.__init__(self, x)

attempt("C(1)", lambda: C(1))


class D:
    pass

attempt("D(1)", lambda: D(1))
attempt("object.__new__(D, 1)", lambda: object.__new__(D, 1))
attempt("object.__init__(D(), 1)", lambda: object.__init__(D(), 1))


def new(cls, *args, **kwargs):
    return object.__new__(cls)

D.__new__ = new
attempt("D(1) with __new__", lambda: D(1))
del D.__new__
attempt("D(1) after del", lambda: D(1))
attempt("D() after del", lambda: D())
attempt("object.__new__(D, 1) after del", lambda: object.__new__(D, 1))
attempt("object.__init__(D(), 1) after del", lambda: object.__init__(D(), 1))


class E(D):
    pass

attempt("E(1) subclass made after del", lambda: E(1))


class F:
    pass

class G(F):
    pass

F.__new__ = new
del F.__new__
attempt("G(1) subclass made before", lambda: G(1))
attempt("G() subclass made before", lambda: G())


class H:
    def __init__(self, x):
        self.x = x

attempt("H(1)", lambda: H(1))
H.__new__ = new
del H.__new__
attempt("H(1) after del", lambda: H(1))
attempt("H(x=1) after del", lambda: H(x=1))


class K:
    def __init__(self, x):
        self.x = x

for i in range(3):
    attempt("K(%d) in loop" % i, lambda: K(i))
    if i == 1:
        K.__new__ = new
        del K.__new__


class M:
    def __new__(cls, x):
        return object.__new__(cls)

class N(M):
    pass

attempt("N(1)", lambda: N(1))
del M.__new__
attempt("N(1) after del of base new", lambda: N(1))
attempt("M(1) after del", lambda: M(1))


class P:
    __new__ = object.__new__

attempt("P() with object.__new__ in body", lambda: P())
attempt("P(1) with object.__new__ in body", lambda: P(1))
