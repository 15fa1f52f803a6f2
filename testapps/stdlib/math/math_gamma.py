# math.gamma and math.lgamma: values (rounded where libm and CPython's Lanczos may differ in the
# last place), exact small factorials, and CPython's domain and range errors.
import math

print([math.gamma(n) for n in range(1, 24)])
print([round(math.gamma(x), 12) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.7, 0.1)], round(math.gamma(1e-5), 8))
print([round(math.lgamma(x), 12) for x in (0.5, 3, 10.5, 100, -0.5, -2.5, 1e-8)], round(math.lgamma(1e5), 8))
print(math.lgamma(1), math.lgamma(2), math.gamma(1), math.gamma(2))
print(math.gamma(float("inf")), math.lgamma(float("inf")), math.lgamma(float("-inf")))
print(math.isnan(math.gamma(float("nan"))), math.isnan(math.lgamma(float("nan"))))
print(math.gamma(171) > 7e306, math.gamma(-200.5) == 0.0, math.lgamma(1e300) > 6e302)
for f, x in [(math.gamma, 0), (math.gamma, -0.0), (math.gamma, -3), (math.gamma, float("-inf")),
             (math.lgamma, 0), (math.lgamma, -4), (math.gamma, 172), (math.gamma, 1e-320), (math.lgamma, 1e306)]:
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
for bad in ("1", None):
    try:
        math.gamma(bad)
    except TypeError as e:
        print("TypeError:", e)
