import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=1):
    """Add two numbers."""
    return a + b


print(add(2, b=3))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(5, 5))


def tagged(f):
    f.tag = "t1"
    return f


@logged
@tagged
def sub(a, b):
    return a - b


print(sub.tag, sub(5, 2), sorted(sub.__dict__))


def bare(*a):
    return a


functools.update_wrapper(bare, add, assigned=("__doc__",), updated=())
print(bare.__name__, bare.__doc__, bare.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b))
try:
    a < 3
except Exception as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except Exception as e:
    print(type(e).__name__, e)


@functools.total_ordering
class Desc:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n


print(Desc(1) < Desc(2), Desc(2) <= Desc(2), Desc(3) >= Desc(4))
try:
    @functools.total_ordering
    class Nothing:
        pass
except Exception as e:
    print(type(e).__name__, e)


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


@describe.register(str)
def describe_str(x):
    return f"str {x.upper()}"


print(describe(3), describe(True), describe([1, 2]), describe("ab"), describe(2.5))
print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__)
print(sorted(c.__name__ for c in describe.registry))
try:
    describe()
except Exception as e:
    print(type(e).__name__, e)
try:
    describe.register(3)
except Exception as e:
    print(type(e).__name__, e)
