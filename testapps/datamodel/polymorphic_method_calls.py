# o.name(...) where several classes of the module define name: each call runs what o's class
# gives, through patches, shadowing, subclasses, defaults, keywords and errors.


class Shape:
    def area(self):
        return 0

    def describe(self, prefix="shape", *, upper=False):
        text = prefix + ":" + type(self).__name__
        return text.upper() if upper else text


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def describe(self, prefix="sq", *, upper=False):
        return "[" + Shape.describe(self, prefix, upper=upper) + "]"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Tiny(Square):
    pass


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def area(self):
        return -self.v

    def describe(self, prefix="slot", *, upper=False):
        return prefix + str(self.v)


class Gen:
    def area(self):
        yield 1
        yield 2


class Prop:
    @property
    def area(self):
        return lambda: "property"


class Dyn:
    def __getattr__(self, name):
        return lambda *a, **k: ("getattr", name, a, tuple(sorted(k.items())))


class Custom:
    def __getattribute__(self, name):
        if name == "area":
            return lambda: "getattribute"
        return object.__getattribute__(self, name)

    def area(self):
        return "never"


def total(shapes):
    t = []
    for s in shapes:
        t.append(s.area())
    return t


def describe_all(shapes):
    out = []
    for s in shapes:
        out.append(s.describe())
        out.append(s.describe("p"))
        out.append(s.describe(prefix="k", upper=True))
    return out


shapes = [Square(2), Circle(1), Tiny(3), Slotted(4), Shape()]
print(total(shapes))
print(describe_all(shapes))

# Generators, properties, __getattr__ and __getattribute__ at the same site.
odd = [Gen(), Prop(), Dyn(), Custom()]
for o in odd:
    r = o.area()
    print(list(r) if type(r).__name__ == "generator" else r)

# Builtin objects with a method of the same name as a def here.
class Counter:
    def count(self, x):
        return "counted " + str(x)


class Other:
    def count(self, x):
        return "other " + str(x)


for o in [Counter(), Other(), [1, 2, 2], (2, 2, 2), range(4)]:
    print(o.count(2))

# The class patched mid-loop: the new function runs from the next call on.
def patched_area(self):
    return "patched " + type(self).__name__


out = []
for i, s in enumerate([Square(1), Circle(1), Square(2), Circle(2), Square(3)]):
    if i == 2:
        Square.area = patched_area
    out.append(s.area())
print(out)
del Square.area
print([s.area() for s in [Square(5), Tiny(5), Circle(5)]])

# An instance attribute shadows the class's function.
c = Circle(2)
c.area = lambda: "own attribute"
print(total([Circle(1), c, Circle(1)]))
del c.area
print(total([c]))

# Defaults changed at run time, and removed.
print(describe_all([Square(1)]))
Square.describe.__defaults__ = ("changed",)
print(describe_all([Square(1)]))
Square.describe.__defaults__ = None
try:
    print(describe_all([Square(1)]))
except TypeError as e:
    print("TypeError:", e)
Square.describe.__kwdefaults__ = None
try:
    Square(1).describe("x")
except TypeError as e:
    print("TypeError:", e)

# Wrong calls report CPython's errors.
for s in [Circle(1), Slotted(1)]:
    try:
        s.area(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        s.describe(nope=1)
    except TypeError as e:
        print("TypeError:", e)

# An exception raised inside one of the defs reaches the caller's handler.
class Bad(Shape):
    def area(self):
        raise ValueError("bad area " + type(self).__name__)


for s in [Circle(1), Bad(), Square(2)]:
    try:
        print(s.area())
    except ValueError as e:
        print("caught", e)


def run_all(items):
    for s in items:
        s.area()


try:
    run_all([Circle(1), Bad()])
except ValueError as e:
    print("propagated", e)

# A class reassigned on the instance, and a method replaced by a staticmethod.
sq = Square(3)
print(sq.area())
sq.__class__ = Circle
sq.r = 1
print(sq.area())
Circle.area = staticmethod(lambda: "static")
print(total([Circle(1), Square(2)]))
Circle.area = classmethod(lambda cls: "classmethod " + cls.__name__)
print(total([Circle(1), Square(2)]))

# Uncaught: the traceback goes through the direct call.
Bad().area()
