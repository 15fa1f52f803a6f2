# Functions and methods as objects: bound methods, __self__/__func__, callable(), equality.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return f"{self.name} greets {other}"

    def __call__(self, x):
        return f"called with {x}"

    @classmethod
    def make(cls):
        return cls("made")

    @staticmethod
    def helper():
        return "static"


g = Greeter("ann")
m = g.greet
print(m("bob"), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(g.greet == g.greet, g.greet is g.greet, Greeter("x").greet == g.greet)
print(Greeter.greet(g, "carl"), g("y"), callable(g), callable(Greeter), callable(m), callable(5))
cm = Greeter.make
print(cm.__self__ is Greeter, cm().name, Greeter.helper(), g.helper())

ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "greet": g.greet}
print(ops["add"](2, 3), ops["mul"](2, 3), ops["greet"]("dan"))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, "ab")))

bound = "a,b".split
print(bound(","), bound.__self__, bound.__name__)
print([f.__name__ for f in (len, print, Greeter.greet, lambda: 0)])


def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


print(apply(max, 1, 5, 3), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self):
        self.n += 1
        return self.n


c = Counter()
inc = c.incr
inc()
inc()
print(c.n)
methods = [c.incr for _ in range(3)]
print([f() for f in methods])


def outer():
    pass


outer.attr = "function attribute"
print(outer.attr, outer.__dict__, outer.__module__)
try:
    m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(m).__name__, type(len).__name__, type(outer).__name__, type(Greeter.helper).__name__)
print(repr(Greeter.greet)[:22], repr(len))
