# Classes made with type(name, bases, dict), their attributes, MRO errors and type() argument errors.
def init(self, x):
    self.x = x


Point = type("Point", (), {"__init__": init, "double": lambda self: self.x * 2, "kind": "pt"})
p = Point(4)
print(type(p).__name__, p.x, p.double(), Point.kind, Point.__bases__, Point.__module__)
Sub = type("Sub", (Point,), {"kind": "sub"})
s = Sub(1)
print(s.double(), s.kind, [c.__name__ for c in Sub.__mro__], isinstance(s, Point))
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__qualname__, type(Empty()).__name__, Empty.__dict__.get("__doc__"))
print(type(5).__name__, type(type).__name__, type(Point).__name__)
for args in ((), ("X",), ("X", ()), ("X", [], {}), ("X", (), []), (1, (), {}), ("X", (1,), {})):
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)


class A:
    pass


class B(A):
    pass


try:
    type("Bad", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInstance(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
Dyn = type("Dyn", (), {"__slots__": ("a",), "__repr__": lambda self: f"Dyn(a={self.a})"})
d = Dyn()
d.a = 3
print(d)
try:
    d.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
Point.added = property(lambda self: self.x + 100)
print(p.added, hasattr(p, "added"))
del Point.kind
print(hasattr(p, "kind"), Sub.kind)
Point.__name__ = "Renamed"
print(Point.__name__, Point.__qualname__, repr(p)[:20] if False else type(p).__name__)
