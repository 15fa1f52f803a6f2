# Class patterns: isinstance, __match_args__, keyword sub-patterns, builtins matching themselves.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def where(shape):
    match shape:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz):
            return f"3d point {x} {y} {zz}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "some point"
        case Circle(center=Point(x, y), radius=r) if r > 0:
            return f"circle at {x},{y} radius {r}"
        case Circle(radius=0):
            return "degenerate circle"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 3),
          Circle(Point(1, 1), 2), Circle(Point(1, 1), 0), Circle(None, 1), 42]:
    print(where(s))

# Builtin types match the subject itself with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([x, *_]):
            return f"list starting with {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case _:
            return "other"

for v in [True, False, -3, 7, 1.5, "", "hi", b"x", bytearray(b"y"), [9, 8], [], (1, 2), (1, 2, 3), {"k": 0}, {"j": 1},
          {1, 2}, frozenset(), None]:
    print(repr(v), "->", kind(v))

# A missing attribute is a failed match, not an error.
class Empty:
    pass
match Empty():
    case Empty(missing=1):
        print("no")
    case Empty():
        print("missing attribute means no match")

# Attributes from properties and __getattr__ are looked up.
class Dyn:
    __match_args__ = ("a", "b")
    @property
    def a(self):
        print("getting a")
        return 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name == "b":
            return 2
        raise AttributeError(name)

match Dyn():
    case Dyn(1, 2, c=3):
        print("no")
    case Dyn(1, 2):
        print("dyn matched")

# Attribute lookups happen before any sub-pattern is tested.
class Noisy:
    __match_args__ = ("p", "q")
    def __getattribute__(self, name):
        print("lookup", name)
        return object.__getattribute__(self, name)
    def __init__(self):
        object.__setattr__(self, "p", 1)
        object.__setattr__(self, "q", 2)

match Noisy():
    case Noisy(5, 2):
        print("no")
    case Noisy(p=1, q=q):
        print("q is", q)

# A subclass inherits __match_args__; redefining it replaces it.
class Base:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
class Child(Base):
    pass
match Child(10):
    case Base(v):
        print("child matched base with", v)

