# Attributes found on the class as instances of classes (descriptors written in Python, plain objects
# kept on the class), read at one site many times while the descriptor's class changes under it.
import functools


class Data:
    """A data descriptor: __get__ wins over the instance's own value."""

    def __init__(self, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return "data(%s) on %s" % (self.name, owner.__name__)

    def __set__(self, instance, value):
        instance.__dict__[self.name] = value


class NonData:
    def __get__(self, instance, owner=None):
        return "nondata on %s" % owner.__name__


class Plain:
    def __repr__(self):
        return "<Plain>"


class SetOnly:
    def __set__(self, instance, value):
        raise AttributeError("read-only here")

    def __repr__(self):
        return "<SetOnly>"


class Host:
    d = Data("d")
    n = NonData()
    p = Plain()
    s = SetOnly()


class SubHost(Host):
    pass


def read(o, name):
    # One site per attribute: each loop line reads through the same cache entry.
    if name == "d":
        return o.d
    if name == "n":
        return o.n
    if name == "p":
        return o.p
    return o.s


h = Host()
for _ in range(3):
    print(read(h, "d"), read(h, "n"), read(h, "p"), read(h, "s"))
print(read(SubHost(), "d"), read(SubHost(), "n"))

# The instance's own values: a data descriptor still wins, a non-data one and a plain object do not.
h.__dict__["d"] = "own d"
h.__dict__["n"] = "own n"
h.__dict__["p"] = "own p"
h.__dict__["s"] = "own s"
for _ in range(2):
    print(read(h, "d"), read(h, "n"), read(h, "p"), read(h, "s"))
try:
    h.s = 1
except AttributeError as e:
    print("set:", e)

# The descriptor's class gains __set__ after the site is warm: the non-data descriptor becomes data.
NonData.__set__ = lambda self, instance, value: None
print(read(h, "n"))
del NonData.__set__
print(read(h, "n"))

# A plain object's class gains __get__, then loses it.
Plain.__get__ = lambda self, instance, owner: "plain got %s" % type(instance).__name__
print(read(h, "p"), read(Host(), "p"))
del Plain.__get__
print(read(h, "p"), read(Host(), "p"))

# A base of the descriptor's class gains __get__ (the class itself is unchanged).
class Base:
    pass


class Derived(Base):
    pass


class Host2:
    x = Derived()


def read_x(o):
    return o.x


h2 = Host2()
print(type(read_x(h2)).__name__)
Base.__get__ = lambda self, instance, owner: "from base"
print(read_x(h2))
del Base.__get__
print(type(read_x(h2)).__name__)

# The descriptor instance changes class.
held = Host2.__dict__["x"]
held.__class__ = NonData
print(read_x(h2))
held.__class__ = Data
held.name = "x"
print(read_x(h2))

# The class attribute is rebound to another object.
Host2.x = Plain()
print(read_x(h2))
Host2.x = Data("again")
print(read_x(h2))


# __get__ raising AttributeError: the message, with and without __getattr__.
class Failing:
    def __get__(self, instance, owner):
        raise AttributeError("no value yet")


class HasFailing:
    f = Failing()


class HasFailingFallback:
    f = Failing()

    def __getattr__(self, name):
        return "fallback for " + name


def read_f(o):
    return o.f


for o in (HasFailing(), HasFailingFallback(), HasFailing()):
    try:
        print(read_f(o))
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(HasFailing(), "f"), getattr(HasFailing(), "f", "default"))


# cached_property: computed once, then the instance's own value.
class Lazy:
    calls = 0

    @functools.cached_property
    def value(self):
        Lazy.calls += 1
        return Lazy.calls * 10


def read_value(o):
    return o.value


a, b = Lazy(), Lazy()
print([read_value(a) for _ in range(3)], [read_value(b) for _ in range(2)], Lazy.calls)
del a.value
print(read_value(a), Lazy.calls)


# A method call through a callable object kept on the class (no binding: it is not a function).
class Callable:
    def __call__(self, *args):
        return "called with %r" % (args,)


class Tools:
    run = Callable()


t = Tools()
for i in range(2):
    print(t.run(i))
Callable.__get__ = lambda self, instance, owner: lambda *args: "bound %r" % (args,)
print(t.run(5))
