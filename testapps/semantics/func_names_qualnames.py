# __name__, __qualname__, __module__ and __defaults__ of functions, methods, lambdas and nested classes.
def top():
    def inner():
        def innermost():
            pass
        return innermost
    return inner


class Outer:
    def method(self):
        def helper():
            pass
        return helper

    class Inner:
        def deep(self):
            pass

    @staticmethod
    def stat():
        pass

    @classmethod
    def cls_m(cls):
        pass

    lam = lambda self: None


f = top()
for fn in (top, f, f(), Outer.method, Outer().method(), Outer.Inner.deep, Outer.stat, Outer.cls_m, Outer.lam,
           lambda: 0, print, len):
    print(fn.__name__, fn.__qualname__, getattr(fn, "__module__", None))
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__module__)
print(Outer().method.__self__.__class__.__name__, Outer.cls_m.__self__.__name__)
print([(lambda: 1).__qualname__ for _ in range(1)][0])


def make_class():
    class Local:
        def m(self):
            pass
    return Local


L = make_class()
print(L.__qualname__, L.m.__qualname__, repr(L).startswith("<class '__main__.make_class.<locals>.Local'"))


def defaults(a, b=1, *, c=2):
    return a, b, c


print(defaults.__defaults__, defaults.__kwdefaults__)
defaults.__defaults__ = (10,)
defaults.__kwdefaults__ = {"c": 20}
print(defaults(0))
defaults.__name__ = "renamed"
print(defaults.__name__, defaults.__qualname__)
try:
    defaults.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
defaults.custom = "attr"
print(defaults.custom, sorted(k for k in defaults.__dict__))


def no_defaults(x):
    pass


print(no_defaults.__defaults__, no_defaults.__kwdefaults__, no_defaults.__doc__)


def documented():
    """Docstring here."""


print(documented.__doc__)
print(top.__class__.__name__, Outer.method.__class__.__name__, Outer().method.__class__.__name__)
