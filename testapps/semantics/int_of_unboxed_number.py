# int() of numbers computed unboxed: truncation toward zero, 64-bit edges, inf/nan errors, a rebound int.
import math


def shades(values):
    total = 0
    for v in values:
        total += int(min(1.0, v) * 255) + int(v * 3.5)
    return total


def edges():
    out = []
    for x in (2.9, -2.9, 0.5, -0.5, -0.0, 1e18 * 9.2, -2.0 ** 63 * 1.0, 2.0 ** 63 * 1.0, 1e300 * 1.5, 123456789.75 * 2):
        y = x * 1.0
        out.append(int(y))
    n = 7
    k = n * 3
    out.append(int(k))
    out.append(int(k * 0.5))
    out.append(type(int(k * 0.5)).__name__)
    return out


def errors():
    for x in (1e308 * 10.0, -(1e308 * 10.0), (1e308 * 10.0) * 0.0):
        y = x * 1.0
        try:
            int(y)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)


def rebound():
    global int
    saved = int
    int = lambda v: ("rebound", v)
    try:
        x = 2.5
        return int(x * 2.0)
    finally:
        int = saved


print(shades([0.1, 0.5, 0.99, 1.7, -0.3]))
print(edges())
errors()
print(rebound())
print(int(math.sqrt(10.0) * 1000.0))
