# Calling exception classes that define __init__: args, __new__ and __init__ overrides,
# metaclass __call__, classes changed after their first call, and the errors CPython gives.
class E1(Exception):
    def __init__(self, a):
        super().__init__(a, "extra")
        self.a = a


class E2(LookupError):
    def __init__(self, a, b):
        self.a, self.b = a, b


class E3(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c


class E0(Exception):
    def __init__(self):
        self.zero = True


for make in (lambda: E1(1), lambda: E2(1, 2), lambda: E3(2, "no such thing", "c"), lambda: E0()):
    e = make()
    print(type(e).__name__, e.args, repr(e), str(e), sorted(vars(e).items()))
    print(isinstance(e, Exception), type(e).__mro__[1].__name__)

e = E3(2, "no such thing", "c")
print(e.errno, e.strerror)


class WithNew(Exception):
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls, "from new")

    def __init__(self, x):
        print("init", x)


print(WithNew(5).args)


class Meta(type):
    def __call__(cls, *args):
        print("meta call", cls.__name__, args)
        return super().__call__(*args)


class MetaError(Exception, metaclass=Meta):
    def __init__(self, x):
        self.x = x


print(MetaError(3).x)


class Changing(Exception):
    def __init__(self, x):
        self.x = x


print(Changing(1).x, Changing(2).args)


def new_init(self, x):
    self.y = x * 10


Changing.__init__ = new_init
print(vars(Changing(3)), Changing(4).args)
del Changing.__init__
c = Changing(5, 6)
print(vars(c), c.args)


class Base(Exception):
    def __init__(self, x):
        self.base = x


class Derived(Base):
    pass


print(vars(Derived(1)))
Base.__init__ = lambda self, x: setattr(self, "patched", x)
print(vars(Derived(2)))


class BadInit(Exception):
    def __init__(self, x):
        return 1


try:
    BadInit(1)
except TypeError as err:
    print("TypeError:", err)

try:
    E2(1)
except TypeError as err:
    print("TypeError:", err)

try:
    E1(a=1)
except TypeError as err:
    print("TypeError:", err)
print(E1(a=4).a)


def fail(n):
    raise E2(n, n + 1)


for i in range(3):
    try:
        fail(i)
    except E2 as err:
        print(err.a + err.b, err.args)

fail(7)
