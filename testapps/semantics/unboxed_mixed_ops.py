# Unboxed locals meeting every operand kind: the inlined int/int and float/float cases and the
# out-of-line rest (mixed int and float, overflow, negative divisors, powers, subclasses, errors).


class F(float):
    def __add__(self, o):
        return "F.add"

    def __lt__(self, o):
        return True


class I(int):
    def __mul__(self, o):
        return "I.mul"


def ops(a, b):
    x = a
    y = b
    out = []
    for name, f in (("+", lambda: x + y), ("-", lambda: x - y), ("*", lambda: x * y),
                    ("/", lambda: x / y), ("//", lambda: x // y), ("%", lambda: x % y),
                    ("**", lambda: x ** y if y < 64 else "skip")):
        try:
            out.append(f"{name}={f()!r}")
        except Exception as e:
            out.append(f"{name}:{type(e).__name__}:{e}")
    return " ".join(out)


def direct(a, b):
    # The same operations on locals the compiler keeps unboxed (no closures).
    x = a + 0
    y = b + 0
    r = []
    r.append(x + y)
    r.append(x - y)
    r.append(x * y)
    try:
        r.append(x / y)
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        r.append(x // y)
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        r.append(x % y)
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        r.append(x ** y if y < 64 else "skip")
    except (ZeroDivisionError, OverflowError) as e:
        r.append(type(e).__name__ + " " + str(e))
    r.append((x < y, x <= y, x == y, x != y, x > y, x >= y))
    return r


big = 2 ** 62
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 0), (0, 0), (big, 3), (-big, 3),
             (2 ** 31, 2 ** 31), (3 * 2 ** 31, 2 ** 33), (-2 ** 63, -1), (-2 ** 63, 1), (-2 ** 63, 0.5), (2 ** 53 + 1, 1.0),
             (7, 2.5), (7.5, 2), (-7.5, 2.0), (7.5, -2.0), (1.0, 0.0), (0.0, 0), (-0.0, 1.0),
             (1e308, 10.0), (2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (10.0, 400),
             (float("nan"), 1.0), (float("inf"), float("inf")), (2 ** 70, 3), (2 ** 70, 0.5), (3, 41), (-3, 40)]:
    print(a, b, direct(a, b))
    print("  ", ops(a, b))

xs = [1.5, 2.5, -3.0]
i = -1
j = 0
t = (4.0, 5.0)
print(xs[i], xs[j], t[i], t[j - 2])
xs[i] = xs[i] * 2.0
xs[j] -= 0.25
print(xs)
try:
    print(xs[j + 3])
except IndexError as e:
    print("IndexError", e)
try:
    xs[i - 3] = 0.0
except IndexError as e:
    print("IndexError", e)

f = F(1.0)
n = 2.0
print(f + n, n + f, f < n, n < f)
k = I(3)
m = 4
print(k * m, m * k, k + m)
s = "ab"
c = 3
print(s * c, c * s)
try:
    print(s + c)
except TypeError as e:
    print("TypeError", e)
acc = 0.0
cnt = 0
for q in range(1, 6):
    acc += q / 4
    cnt += q * q
    acc -= 0.5 * q
print(acc, cnt)
