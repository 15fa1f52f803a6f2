# Defs that return numbers are called through a numeric entry (unboxed arguments and result):
# every case below must still behave as CPython's boxed calls do.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def half(x, d=2):
    return x / d


def scale(n):
    return n * 4611686018427387904


def checked(n):
    if n > 3:
        raise ValueError("too big %d" % n)
    return n + 1


def maybe_double(n):
    if n:
        return n * 2


def total_checked(n):
    total = 0
    for i in range(n):
        total += checked(i)
    return total


def power_sum(a, b):
    return a ** b + b ** a


print(fib(20), fib(True), fib(1.5), half(7), half(7, 4), half(7.5, 0.5))
print(scale(3), scale(-3), scale(2.5), scale(True))
print(scale("ab"[:1]) if False else scale(0))
print(maybe_double(0), maybe_double(3), maybe_double("ab"), maybe_double([1]))
print(checked(1.5), checked(-(2 ** 70)), checked(-(2 ** 63)))
print(total_checked(4), power_sum(2, 10), power_sum(2.0, 3), power_sum(-2, 3))
try:
    total_checked(6)
except ValueError as e:
    print(type(e).__name__, e)
try:
    half(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    scale(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fib("x")
except TypeError as e:
    print(type(e).__name__, e)

# A rebound global: the calls inside the old function reach the new one.
old = fib


def fib(n):
    return "rebound %s" % n


print(old(5))
half.__defaults__ = (10,)
print(half(5))
half.__defaults__ = None
try:
    print(half(5))
except TypeError as e:
    print(type(e).__name__, e)


# A number subclass keeps its type through the entry.
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)


print(checked(MyInt(1)), type(checked(MyInt(1))).__name__)
print(checked(9))
