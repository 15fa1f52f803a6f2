# functools.partial and functools.wraps: argument merging, repr-free introspection, wrapper attributes.
import functools


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=5)
two_to = functools.partial(power, 2)
print(square(5), cube_mod(4), two_to(10), two_to(exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
print(square(5, exp=3))
try:
    two_to(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
nested = functools.partial(functools.partial(power, 3), mod=7)
print(nested(4), nested.func is power, nested.args, nested.keywords)


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("traced", fn(*args, **kwargs))
    return wrapper


@trace
def add(a, b=1):
    """Add two numbers."""
    return a + b


add.extra = "x"
print(add(2), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__, add.__wrapped__(2))
print(sorted(k for k in add.__dict__))


def plain_decorator(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@plain_decorator
def sub(a, b):
    "Subtract."
    return a - b


print(sub(5, 3), sub.__name__, sub.__doc__, hasattr(sub, "__wrapped__"))


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10), fib.calls)


@functools.lru_cache(maxsize=None)
def fast_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)


print(fast_fib(60), fast_fib.cache_info().hits > 0)
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "start"))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
