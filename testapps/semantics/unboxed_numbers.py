# Locals and arithmetic the compiler keeps unboxed: overflow, division, signs, errors and
# non-number fallbacks must all be CPython's.


def overflow():
    x = 2 ** 62
    y = x + x
    z = y * y
    w = -9223372036854775807 - 1
    print(y, z, w, -w, w - 1, w * -1, w // -1, w % -1, abs(w))
    acc = 1
    for i in range(1, 30):
        acc = acc * i
    print(acc, acc // 3, acc % 1000000007, -acc // 7, -acc % 7)
    n = 9223372036854775807
    n += 1
    print(n, n - 1, type(n).__name__)


def division():
    for a in (7, -7, 0):
        for b in (2, -2, 3, -3):
            q = a // b
            r = a % b
            t = a / b
            print(a, b, q, r, t)
    for a in (7.5, -7.5, 0.0, -0.0):
        for b in (2.0, -2.0, 0.5):
            print(a, b, a // b, a % b, a / b, a * b, a - b, a + b)
    print(1 / 3, 2 / 3, 10 / 4, 2 ** 53 / 3, (2 ** 53 + 1) / 3, 1e308 * 10, -1e308 * 10)
    big = 2 ** 70
    f = 0.5
    print(big + f, big * f, big / 3, f - big)
    for a, b in ((1, 0), (1.0, 0), (1, 0.0), (1.5, 0.0)):
        for name, op in (("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b)):
            try:
                op(a, b)
            except ZeroDivisionError as e:
                print(name, type(a).__name__, type(b).__name__, e)
    x = 5
    y = 0
    try:
        x = x // y
    except ZeroDivisionError as e:
        print("local", e)
    z = 2.0
    try:
        z = z / y
    except ZeroDivisionError as e:
        print("local", e, z)
    try:
        z %= 0.0
    except ZeroDivisionError as e:
        print("local", e)


def powers():
    b = 2.0
    e = 0.5
    print(b ** e, b ** 10, 10 ** -2, 2 ** 100, (-8.0) ** (1 / 3), 0.0 ** 2.0, 4 ** 0.5)
    try:
        print(0.0 ** -1.0)
    except ZeroDivisionError as err:
        print(err)
    try:
        print(10.0 ** 400)
    except OverflowError as err:
        print(err)
    p = 3
    p **= 3
    print(p)


def comparisons():
    i = 2 ** 53 + 1
    f = 2.0 ** 53
    print(i > f, i == f, i - 1 == f, f < i)
    nan = float("nan")
    x = 0.0
    x = x + nan
    print(x < 1, x > 1, x == x, x != x)
    a = 3
    b = 3.0
    print(a == b, a <= b, a < b)
    if a == b:
        print("equal in a condition")
    if -0.0 == 0:
        print("negative zero equals zero")


def fallbacks():
    s = 1
    try:
        s = s - "x"
    except TypeError as e:
        print(type(e).__name__, e)
    t = 3
    t = t * "ab"
    print(t)
    lst = [1, 2]
    alias = lst
    lst *= 2
    print(lst, alias is lst)
    lst += [3]
    print(lst, alias is lst)
    total = 0
    total += True
    total += 2.5
    print(total, type(total).__name__)
    m = True
    print(m - 1, m * 3, -m, type(-m).__name__)

    class Meters(float):
        def __sub__(self, other):
            return "meters sub"

    d = Meters(3.0)
    print(d - 1, 1 - d, d * 2)

    class Count(int):
        def __add__(self, other):
            return "count add"

    c = Count(4)
    k = 1
    k = c + k
    print(k)
    fmt = "%d-%s"
    print(fmt % (3, "x"), "%.3f" % (1 / 3))


def unbound(flag):
    if flag:
        v = 1.5
    try:
        print(v * 2)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def float_repr():
    x = 0.1
    y = 0.2
    print(x + y, 1e16 + 0.0, 1 / 1e20, -0.0 * 1, 3 * 0.1, 2.5e-310 / 2)
    acc = 0.0
    for i in range(10):
        acc += 0.1
    print(acc, repr(acc), str(acc))


def identity():
    a = 1000
    b = a
    print(a is b, b == a)


overflow()
division()
powers()
comparisons()
fallbacks()
unbound(True)
unbound(False)
float_repr()
identity()


def scale(a, b):
    return a * b - a / b


def count_down(n):
    while n > 0:
        n -= 3
    return n


def three_steps(n):
    for _ in range(3):
        n -= 3
    return n


class Vec:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        return Vec(self.x * k)

    def __sub__(self, other):
        return "Vec.__sub__ " + repr(other)

    def __truediv__(self, k):
        return self.x / k


print(scale(3, 4), scale(2.5, 0.5), scale(Vec(2), 4), count_down(10), three_steps(2 ** 70), three_steps(-2 ** 63 + 4), count_down(7.5))
try:
    scale("ab", 2)
except TypeError as e:
    print(type(e).__name__, e)
data = [10, 20, 30]
i = 1
print(data[i], data[i - 2], data[-1 + i])
data[i + 1] = 99
data[i] += 5
print(data, (1, 2, 3)[i], "xyz"[i], {1: "one"}[i])
try:
    data[i + 5] = 0
except IndexError as e:
    print(type(e).__name__, e)
