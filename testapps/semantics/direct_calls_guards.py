# Calls of module-level functions stay dynamic in meaning: rebinding, __defaults__, decorators,
# keywords, wrong shapes and deletion all behave as in CPython.


def add(a, b):
    return a + b


def scaled(x, factor=2, offset=0):
    return x * factor + offset


def only_pos(a, b, /):
    return a - b


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def countdown(n):
    return n if n <= 0 else countdown(n - 1)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# Plain, keywords in any order, defaults.
show("add", lambda: add(1, 2))
show("add kw", lambda: add(b=10, a=1))
show("add mixed", lambda: add(5, b=7))
show("scaled 1", lambda: scaled(3))
show("scaled 2", lambda: scaled(3, 5))
show("scaled kw", lambda: scaled(3, offset=1))
show("scaled all kw", lambda: scaled(offset=1, factor=3, x=2))
show("only_pos", lambda: only_pos(9, 4))

# Shapes the parameters do not accept: the same TypeErrors as CPython.
show("too many", lambda: add(1, 2, 3))
show("too few", lambda: add(1))
show("dup kw", lambda: add(1, a=2))
show("unknown kw", lambda: add(1, c=2))
show("pos-only kw", lambda: only_pos(1, b=2))

# __defaults__ changed after the def: calls use the current ones.
scaled.__defaults__ = (10, 100)
show("new defaults", lambda: scaled(1))
scaled.__defaults__ = (7,)
show("one default", lambda: scaled(1, 2))
show("missing after shrink", lambda: scaled(1))
scaled.__defaults__ = None
show("no defaults", lambda: scaled(1))
show("all given", lambda: scaled(1, 2, 3))
add.__defaults__ = (1000,)
show("defaults added", lambda: add(1))
add.__defaults__ = None

# 64-bit overflow on the direct path.
show("big", lambda: add(2**62, 2**62))
show("fib", lambda: fib(20))


# Rebinding the global: every later call sees the new object, including the function's own recursion.
old_fib = fib


def negate(n):
    return -n


fib = negate
show("fib rebound", lambda: fib(10))
show("old fib recursing into new", lambda: old_fib(10))
fib = old_fib
show("fib restored", lambda: fib(10))

globals()["add"] = lambda a, b: a * b
show("add via globals()", lambda: add(3, 4))
add = old_add = None
show("add is None", lambda: add(1, 2))
del add
show("add deleted", lambda: add(1, 2))


# An argument that rebinds the callee: the callee was loaded first, so the old one runs.
def rebind_countdown():
    global countdown
    countdown = lambda n: "replaced"
    return 3


show("arg rebinds callee", lambda: countdown(rebind_countdown()))
show("after rebinding", lambda: countdown(3))


# Decorators: a wrapper replaces the function; a registering decorator returns it unchanged.
registry = []


def register(f):
    registry.append(f.__name__)
    return f


def traced(f):
    def wrapper(*args, **kwargs):
        print("  calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper


@traced
def mul(a, b):
    return a * b


@register
def sub(a, b=1):
    return a - b


show("decorated", lambda: mul(6, 7))
show("decorated kw", lambda: mul(6, b=2))
show("registered", lambda: sub(10))
print(registry)


# A class attribute or local of the same name is not the global.
def square(x):
    return x * x


class Shadow:
    def square(x):
        return "method"

    result = square(3)


def local_shadow():
    square = lambda x: "local"
    return square(3)


print(Shadow.result, local_shadow(), square(3))

# Recursion still stops at the limit.
try:
    countdown = None
    def countdown(n):
        return n if n <= 0 else countdown(n - 1)
    countdown(100000)
except RecursionError as e:
    print("RecursionError", e)
print(countdown(50))
