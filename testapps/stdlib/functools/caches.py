import functools


@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


print(square(2), square(3), square(2))
print(square.cache_info())
square(4)  # evicts 3
square(3)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
square.cache_clear()
print(square.cache_info())
print(square.cache_parameters(), square.__name__, square.__wrapped__(5))


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    print("kind of", repr(x))
    return type(x).__name__


print(kind(1), kind(1.0), kind(1), kind(x=1))
print(kind.cache_info(), kind.cache_parameters())


@functools.cache
def calls(*args, **kwargs):
    print("called", args, kwargs)
    return len(args) + len(kwargs)


print(calls(1, 2), calls(1, 2), calls(a=1), calls(a=1), calls(1, a=1))
print(calls.cache_info())
try:
    calls([1])
except Exception as e:
    print(type(e).__name__, e)
try:
    functools.lru_cache("x")
except Exception as e:
    print(type(e).__name__, e)


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())


@functools.lru_cache(-5)
def negative(x):
    return x


negative(1)
print(negative.cache_info())


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area)
c.area = 5
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__)
