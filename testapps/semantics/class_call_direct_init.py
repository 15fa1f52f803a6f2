# C(args) with the arguments bound at build time for the class's own __init__: every way the
# call can stop being "object.__new__ then that __init__" must give CPython's behaviour.


class Widget:
    def __init__(self, name, width=10, height=20, *, depth=1):
        self.name = name
        self.width = width
        self.height = height
        self.depth = depth

    def __repr__(self):
        return "%s(%s, %s, %s, %s)" % (type(self).__name__, self.name, self.width, self.height, self.depth)


class Sub(Widget):
    pass


def make(i):
    return Widget("w%d" % i, width=i, depth=i * 2)


print([make(i) for i in range(3)])
print(Widget("a"), Widget("b", 1), Widget("c", 1, 2), Widget(name="d", height=5), Widget("e", depth=0, width=3))

# Errors come from the general call, with CPython's messages.
for call in [lambda: Widget(), lambda: Widget("x", nope=1), lambda: Widget("x", 1, 2, 3),
             lambda: Widget("x", name="y"), lambda: Widget("x", 1, width=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Defaults changed, then removed.
Widget.__init__.__defaults__ = (7, 8)
print(Widget("f"), Widget("g", height=1))
Widget.__init__.__kwdefaults__ = {"depth": 99}
print(Widget("h"))
Widget.__init__.__defaults__ = None
try:
    Widget("i")
except TypeError as e:
    print("TypeError:", e)
Widget.__init__.__defaults__ = (10, 20)
Widget.__init__.__kwdefaults__ = {"depth": 1}

# __init__ replaced, __new__ added, and both undone, in the middle of a loop.
saved = Widget.__init__


def other_init(self, name, width=0, height=0, depth=0):
    self.name = name.upper()
    self.width = width
    self.height = height
    self.depth = -1


def new(cls, *args, **kwargs):
    print("  __new__", cls.__name__, args, sorted(kwargs))
    return object.__new__(cls)


# (On a subclass the global is rebound to: it inherits the __init__, and CPython keeps a
# deleted __new__ as a slot that refuses arguments, so nothing here deletes one.)
Original = Widget


class Tmp(Widget):
    pass


Widget = Tmp
for i in range(7):
    if i == 1:
        Original.__init__ = other_init
    if i == 2:
        Original.__init__ = saved
    if i == 3:
        Tmp.__new__ = new
    if i == 4:
        Tmp.__new__ = lambda cls, *a, **k: "not a widget"
    if i == 5:
        Widget = Original
    if i == 6:
        Widget = Tmp
    print(i, Widget("k%d" % i, width=i))
Widget = Original

# __init__ that returns something.
def bad_init(self, name, width=0):
    return width


Widget.__init__ = bad_init
try:
    Widget("z", width=5)
except TypeError as e:
    print("TypeError:", e)
print(Widget("z", width=0) if False else "skipped")
Widget.__init__ = saved

# The global rebound to a subclass, to a function, and back.
Widget = Sub
print(Widget("s", width=1))
Widget = lambda *a, **k: ("function", a, sorted(k.items()))
print(Widget("t", width=2))
Widget = Original
print(Widget("u", width=3))


# A metaclass whose __call__ decides.
class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("  Meta.__call__", args, sorted(kwargs.items()))
        return super().__call__(*args, **kwargs)


class Managed(metaclass=Meta):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


m = Managed(1, b=3)
print(m.a, m.b)


# A metaclass __call__ added after the first calls.
class Late:
    def __init__(self, v, w=0):
        self.v = v + w


print(Late(1, w=2).v)
Late2 = Late


# Exceptions, builtin bases, __slots__ and abstract classes keep their own rules.
class Failure(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


class Strict(Exception):
    def __init__(self, msg, code=0):
        self.code = code


f = Failure("boom", code=4)
print(repr(f), f.args, f.code)
s = Strict("quiet", code=5)
print(repr(s), s.args, s.code)


class Bag(list):
    def __init__(self, items, extra=None):
        super().__init__(items)
        self.extra = extra


b = Bag([1, 2], extra="x")
print(b, b.extra)


class Slim:
    __slots__ = ("a", "b")

    def __init__(self, a, b=0):
        self.a = a
        self.b = b


sl = Slim(1, b=2)
print(sl.a, sl.b)
try:
    Slim(1, c=2)
except TypeError as e:
    print("TypeError:", e)

import abc


class Base(abc.ABC):
    def __init__(self, x, y=0):
        self.x = x

    @abc.abstractmethod
    def run(self):
        pass


try:
    Base(1, y=2)
except TypeError as e:
    print("TypeError:", e)


# __init__ raising: the traceback goes through the direct call.
class Angry:
    def __init__(self, level, *, why="no reason"):
        if level > 2:
            raise ValueError("too angry: " + why)
        self.level = level


print(Angry(1, why="x").level)
try:
    Angry(3, why="caught")
except ValueError as e:
    print("ValueError:", e)
Angry(5, why="uncaught")
