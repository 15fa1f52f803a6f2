# log1p, expm1, erf and erfc: the C library's results, CPython's errors.
import math

for x in [0.0, -0.0, 1e-300, 1e-10, 0.5, 1.0, 10.0, 1e300, -0.5, -0.999999, math.inf, math.nan]:
    print(repr(x), repr(math.log1p(x)))
for x in [0.0, -0.0, 1e-300, 1e-10, 0.5, -1.0, 20.0, 700.0, -700.0, -math.inf, math.inf, math.nan]:
    print(repr(x), repr(math.expm1(x)))
for x in [0.0, -0.0, 1e-10, 0.1, 0.5, 1.0, 2.5, -3.0, 6.0, 30.0, -math.inf, math.inf, math.nan]:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
print(math.log1p(3), math.expm1(True), math.erf(1), math.erfc(2))
print(sum(math.erf(i / 100) for i in range(-300, 301)))
for f, arg in [(math.log1p, -1.0), (math.log1p, -2.0), (math.log1p, -math.inf), (math.expm1, 710.0), (math.erf, "x"), (math.log1p, None)]:
    try:
        print(f(arg))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.erf()
except TypeError as e:
    print(e)
