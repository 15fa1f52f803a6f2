# Calls C.cm(...) of a classmethod at one call site, repeated: the site may remember the function,
# but every change of the class, its bases or its metaclass must be seen on the next call.


class Base:
    @classmethod
    def make(cls, *args, **kwargs):
        return (cls.__name__, args, tuple(sorted(kwargs.items())))

    @classmethod
    def pick(cls, a, b):
        return a if cls.prefer_first else b

    prefer_first = True


class Child(Base):
    prefer_first = False


def call_make(c, n):
    out = []
    for i in range(n):
        out.append(c.make())
        out.append(c.make(i))
        out.append(c.make(i, i + 1))
        out.append(c.make(i, i + 1, i + 2))
        out.append(c.make(i, k=i))
    return out


print(call_make(Base, 2))
print(call_make(Child, 1))


def run_pick(label):
    print(label, Base.pick(1, 2), Child.pick(1, 2))


for _ in range(3):
    run_pick("plain")

# A class attribute read by the classmethod changes: its body sees it.
Base.prefer_first = False
run_pick("attr changed")
Base.prefer_first = True

# The classmethod replaced on the class, by another classmethod, a staticmethod, a plain function.
Base.pick = classmethod(lambda cls, a, b: ("new", cls.__name__, a + b))
run_pick("new classmethod")
Base.pick = staticmethod(lambda a, b: ("static", a * b))
run_pick("staticmethod")
Base.pick = lambda a, b: ("plain function", a, b)
run_pick("function")
del Base.pick
try:
    run_pick("deleted")
except AttributeError as e:
    print("AttributeError", e)


# Defined on the subclass only, then deleted: the base's comes back.
class Top:
    @classmethod
    def who(cls):
        return "Top.who " + cls.__name__


class Sub(Top):
    pass


def who_loop():
    return [Sub.who() for _ in range(3)]


print(who_loop())
Sub.who = classmethod(lambda cls: "Sub.who " + cls.__name__)
print(who_loop())
del Sub.who
print(who_loop())
Top.who = classmethod(lambda cls: "patched Top.who " + cls.__name__)
print(who_loop())

# Each read binds anew, as in CPython.
a = Sub.who
b = Sub.who
print(a is b, a == b, a.__self__ is Sub, a.__func__ is b.__func__)


# A metaclass that answers the name first (data descriptor) or intercepts every read.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    @classmethod
    def go(cls, x):
        return ("WithMeta.go", cls.__name__, x)


def go_loop():
    return [WithMeta.go(i) for i in range(2)]


print(go_loop())
Meta.go = property(lambda cls: (lambda x: ("Meta property", x)))
print(go_loop())
del Meta.go
print(go_loop())
Meta.__getattribute__ = lambda cls, name: (lambda x: ("Meta.__getattribute__", name, x))
print(go_loop())
del Meta.__getattribute__
print(go_loop())


# Called through an instance and through the class at the same site.
class Node:
    @classmethod
    def kind(cls, x):
        return cls.__name__ + ":" + str(x)


class Leaf(Node):
    pass


def mixed(objs):
    return [o.kind(i) for i, o in enumerate(objs)]


print(mixed([Node, Leaf, Node(), Leaf(), Node, Node]))
n = Node()
n.kind = lambda x: "instance attr " + str(x)
print(mixed([Node, n, Node]))


# A classmethod of a callable object that is not a function.
class Callable:
    def __call__(self, *args):
        return ("Callable called with", len(args), args[0].__name__)


class Odd:
    cm = classmethod(Callable())


for _ in range(2):
    print(Odd.cm(1, 2))


# Errors from the call keep CPython's messages.
class Strict:
    @classmethod
    def two(cls, a, b):
        return a + b


for args in [(1,), (1, 2, 3)]:
    try:
        Strict.two(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    Strict.two(1, c=2)
except TypeError as e:
    print("TypeError", e)
for _ in range(2):
    try:
        Strict.two(1)
    except TypeError as e:
        print("TypeError", e)
