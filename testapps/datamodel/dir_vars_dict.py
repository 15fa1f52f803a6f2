# dir(), vars() and __dict__ of instances, classes and modules; type(name, bases, dict).
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Thing(Base):
    """A thing."""
    cls_attr = 2

    def __init__(self):
        self.inst = 3

    def method(self):
        pass

    @property
    def prop(self):
        return 4


t = Thing()
print(vars(t), t.__dict__, vars(t) is t.__dict__)
print([n for n in dir(t) if not n.startswith("__")])
print(dir(t))
print(list(Thing.__dict__), type(Thing.__dict__).__name__)
print(Thing.__dict__["cls_attr"], "inst" in Thing.__dict__, "base_attr" in Thing.__dict__, "base_attr" in dir(Thing))
t.__dict__["added"] = 5
print(t.added, sorted(vars(t)))
t.__dict__ = {"replaced": True}
print(vars(t), hasattr(t, "inst"))
try:
    t.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    Thing.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(dir(Base))


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(WithDir()))
Dyn = type("Dyn", (Base,), {"x": 1, "double": lambda self: self.x * 2, "__doc__": "made by type()"})
d = Dyn()
print(Dyn, Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__doc__, Dyn.__bases__, d.double(), d.base_attr)
print(list(Dyn.__dict__), isinstance(d, Base))
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty().__class__.__name__, list(Empty.__dict__))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(type(5), type("s"), type(type), type(None).__name__)
import sys as _sys
print("path" in dir(_sys), "argv" in dir(_sys))
print(vars(Thing) == Thing.__dict__, type(vars(Thing)).__name__)
