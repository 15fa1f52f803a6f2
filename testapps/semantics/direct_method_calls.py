# Method calls that compiled code may make directly (o.m(...) where a module-level class defines m):
# whatever changes which function o.m is, the call must run what CPython runs.


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, by=1, times=1):
        self.n += by * times
        return self.n

    def show(self):
        return "Counter(%d)" % self.n

    def twice(self):
        # self.bump on the first parameter: the enclosing class's bump is the guess.
        self.bump()
        return self.bump(10)


class Loud(Counter):
    def bump(self, by=1, times=1):
        return "loud %d" % Counter.bump(self, by * 100, times)


class Other:
    def show(self):
        return "Other"


def use(c):
    out = [c.bump(), c.bump(2), c.bump(by=3), c.bump(1, times=4), c.bump(times=2, by=5)]
    return out


c = Counter(0)
print(use(c), c.show(), c.twice())
print(use(Loud(0)), Loud(5).twice())
print(Other().show(), c.show())

# An instance attribute shadows the method.
c.bump = lambda *a, **k: ("shadow", a, k)
print(c.bump(7), c.bump(by=2))
del c.bump
print(c.bump(7))

# The class's method is replaced, then restored.
original = Counter.bump
Counter.bump = lambda self, by=1, times=1: "patched %r %r" % (by, times)
print(use(c))
Counter.bump = original
print(use(c))

# Defaults changed or removed through __defaults__.
Counter.bump.__defaults__ = (1000, 1)
print(c.bump(), c.bump(1))
Counter.bump.__defaults__ = None
for args in [(), (1,)]:
    try:
        print(c.bump(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(c.bump())
except TypeError as e:
    print(type(e).__name__, e)
Counter.bump.__defaults__ = (1, 1)

# Wrong calls fail as CPython says.
for call in [lambda: c.bump(1, 2, 3), lambda: c.bump(nope=1), lambda: c.bump(1, by=2), lambda: c.show(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


# A class whose __getattribute__ decides.
class Sneaky(Counter):
    def __getattribute__(self, name):
        if name == "show":
            return lambda: "sneaky"
        return object.__getattribute__(self, name)


s = Sneaky(1)
print(s.show(), s.bump(), s.twice())


# __getattr__ only for missing names: the method still wins.
class Fallback(Counter):
    def __getattr__(self, name):
        return lambda *a: ("fallback", name)


f = Fallback(2)
print(f.show(), f.bump(), f.missing(1))

# __class__ assignment moves the instance to another class's methods.
k = Counter(3)
print(k.show())
k.__class__ = Loud
print(k.bump(1))
k.__class__ = Counter
print(k.bump(1))


# A class defined again: its methods are new functions with the same code.
class Counter(Counter):
    def show(self):
        return "again " + super().show()


print(Counter(9).show(), Counter(9).bump(1))

# Calling on a non-instance (the class itself, a builtin) goes the general way.
print(Other.show(Other()))
try:
    Other.show()
except TypeError as e:
    print(type(e).__name__, e)
print("abc".upper(), [3, 1, 2].index(2))


# Classes with __slots__ only: no instance dict can shadow a method.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def both(self):
        return (self.get(), self.y)


p = P(4)
print(p.get())
try:
    p.both()
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.both())
del p.y
try:
    print(p.y)
except AttributeError as e:
    print(type(e).__name__, e)
P.get = lambda self: "patched get"
print(p.get(), p.both() if hasattr(p, "y") else "no y")
P.x = property(lambda self: "property x")
print(p.x, P.get(p))


# Recursion through a directly called method still stops at the limit.
class Deep:
    def down(self, n):
        return self.down(n + 1)


try:
    Deep().down(0)
except RecursionError as e:
    print(type(e).__name__, e)


# An exception raised in a directly called method carries its frames.
class Fails:
    def go(self, x):
        return self.inner(x)

    def inner(self, x):
        return 1 // x


try:
    Fails().go(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(type(e).__name__, e, names)
Fails().go(0)
