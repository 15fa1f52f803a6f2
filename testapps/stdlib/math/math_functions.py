import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 1e-10, 123.456]:
    print(x, math.sqrt(x), math.exp(x), math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [0.1, 0.5, 0.99, -0.5]:
    print(x, math.asin(x), math.acos(x), math.atanh(x), math.asinh(x))
for x in [1.0, 2.5, 100.0]:
    print(x, math.acosh(x), math.sinh(x), math.cosh(x), math.tanh(x), math.cbrt(x), math.exp2(x))
for x in [1, 2, 10, 1000, 2 ** 100, 10 ** 400, 0.5, 1e300]:
    print(math.log(x), math.log2(x), math.log10(x), math.log(x, 3))
print(math.log(8, 2), math.log(100, 10), math.log(1e-300))
for x in [3.7, -3.7, 3.0, -0.5, 2 ** 70, True, 5]:
    print(repr(math.floor(x)), repr(math.ceil(x)), repr(math.trunc(x)))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2.0, 1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1), math.hypot(1e200, 1e200), math.hypot(-5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(math.inf, 0), math.pow(math.nan, 0))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, math.inf), math.remainder(10, 3), math.remainder(11, 2))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.frexp(8.0), math.frexp(0.1), math.frexp(0))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(3, 2))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([math.inf, 1]), math.fsum([0.1, 0.2, 0.3]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 5), start=10))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
