# Calls made with positionals only of functions that also take *args, keyword-only or **kwargs
# parameters: defaults, the *args tuple, keyword-only defaults, a fresh **kwargs dict, and
# CPython's errors when something is missing or there are too many positionals.


def ko(x, y=2, *, key=None, reverse=False):
    return (x, y, key, reverse)


def ko_required(x, *, key):
    return (x, key)


def star(a, b=5, *rest, flag=True, **extra):
    extra["seen"] = len(extra)
    return (a, b, rest, flag, extra)


def only_kwargs(a, **kw):
    kw["n"] = kw.get("n", 0) + 1
    return a, kw


def many(a, b, c=3, d=4, e=5, *, f=6, g=7, h=8, i=9):
    return a + b + c + d + e + f + g + h + i


print(ko(1))
print(ko(1, 3))
print(star(1))
print(star(1, 2, 3, 4))
print(star(*range(7)))
print(only_kwargs(1), only_kwargs(2))
first = only_kwargs(3)[1]
second = only_kwargs(3)[1]
print(first is second, first, second)
print(many(1, 2), many(1, 2, 30), many(1, 2, 3, 4, 50))

for call in (lambda: ko_required(1), lambda: ko(), lambda: ko(1, 2, 3), lambda: many(1),
             lambda: many(1, 2, 3, 4, 5, 6), lambda: star(), lambda: only_kwargs(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# __kwdefaults__ and __defaults__ changed after calls: the next call sees them.
print(ko(1), ko(1))
ko.__kwdefaults__ = {"key": "k"}
try:
    ko(1)
except TypeError as e:
    print("TypeError", e)
ko.__kwdefaults__ = {"key": "k", "reverse": True}
print(ko(1))
ko.__defaults__ = ()
try:
    ko(1)
except TypeError as e:
    print("TypeError", e)
ko_required.__kwdefaults__ = {"key": 42}
print(ko_required(7))
ko_required.__kwdefaults__ = None
try:
    ko_required(7)
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    def __call__(cls, value, names=None, *, module=None, start=1):
        return ("called", cls.__name__, value, names, module, start)


class Thing(metaclass=Meta):
    pass


print(Thing(5), Thing(5, "n"))
try:
    Thing()
except TypeError as e:
    print("TypeError", e)


class Box:
    def __init__(self, value, *, label="box", **opts):
        self.value = value
        self.label = label
        self.opts = opts

    def show(self, sep=":", *more, upper=False):
        text = self.label + sep + str(self.value) + "".join(more)
        return text.upper() if upper else text


b = Box(3)
print(b.value, b.label, b.opts, b.show(), b.show("=", "!", "?"), Box.show(b))
bound = b.show
print(bound(), bound("-"))
try:
    b.show(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)
except TypeError as e:
    print("TypeError", e)
else:
    print("ok many")
try:
    Box()
except TypeError as e:
    print("TypeError", e)

# The same calls through values the compiler cannot see through (no call bound at build time).
functions = {"ko": ko, "star": star, "only_kwargs": only_kwargs, "many": many, "ko_required": ko_required}
for name in sorted(functions):
    f = functions[name]
    for args in ((), (1,), (1, 2), (1, 2, 3), tuple(range(8))):
        try:
            print(name, args, f(*args))
        except TypeError as e:
            print(name, args, "TypeError", e)
g = functions["only_kwargs"]
print(g(1) is g(1), g(1)[1] is g(1)[1])
