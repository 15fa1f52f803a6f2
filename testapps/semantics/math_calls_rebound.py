# Calls of math's float functions by an imported name or through the module: they must follow
# rebinding of the name, patching of the module attribute, and math's own errors.
import math
import math as m
from fractions import Fraction
from math import sqrt, sin as sine, exp


def hyp(a, b):
    return sqrt(a * a + b * b)


def norm(v):
    total = 0.0
    for x in v:
        total += x * x
    return math.sqrt(total)


def through_alias(x):
    return m.cos(x) + sine(x)


print(hyp(3, 4), hyp(1.5, 2.0), norm([1.0, 2.0, 2.0]))
print(through_alias(0), through_alias(1.25))
print(sqrt(2), sqrt(True), sqrt(2 ** 60), sqrt(Fraction(9, 4)), exp(-1000))
print(math.fabs(-3), math.atan(1) * 4, math.cbrt(-27.0))

for bad in (-1.0, "4", None, 10 ** 400):
    try:
        print(sqrt(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for value in (1000, 1e308):
    try:
        print(exp(value))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(math.acos(2))
except ValueError as e:
    print(type(e).__name__, e)
print(math.sqrt(float("inf")), math.sin(float("nan")), exp(float("-inf")))

# Patching the module attribute reaches math.sqrt(...) callers, not an earlier `from` import.
original = math.sqrt
math.sqrt = lambda x: "patched %r" % (x,)
print(norm([3.0, 4.0]), hyp(3, 4))
math.sqrt = original
print(norm([3.0, 4.0]))

# Rebinding the imported name reaches every later call of it, in functions too.
sqrt = lambda x: -x
print(hyp(3, 4), sqrt(9))
del sqrt
try:
    hyp(3, 4)
except NameError as e:
    print(type(e).__name__, e)


class Angle(float):
    pass


print(sine(Angle(0.5)) == math.sin(0.5), m.cos(Angle(0)))


def deep(x):
    return math.log(x) + sqrt(
        x)


from math import sqrt
print(deep(4.0))
try:
    deep(-4.0)
except ValueError as e:
    print(type(e).__name__, e)
math.sqrt = None
print(sqrt(16))
try:
    norm([1.0])
except TypeError as e:
    print(type(e).__name__, e)
math.sqrt = original
del math.sqrt
try:
    norm([1.0])
except AttributeError as e:
    print(type(e).__name__, e)
math.sqrt = original
print(deep(9))
sqrt(-2)
