# An int past 64 bits meeting an unboxed small one (+, -, *, comparisons) in compiled arithmetic,
# and long results (past 2 KB of limbs) made one after another: every sign, the 64-bit edges,
# results that shrink back to small ints, and subclasses that keep their own operators.
M = 2**63


def mixed(big, small):
    out = []
    out.append(big + small)
    out.append(small + big)
    out.append(big - small)
    out.append(small - big)
    out.append(big * small)
    out.append(small * big)
    out.append(big < small)
    out.append(small < big)
    out.append(big == small)
    out.append(small >= big)
    out.append(big != small)
    return out


bigs = [M, -M - 1, M * 3 + 7, -(M * 5) - 11, 2**64 - 1, -(2**64) + 1, 2**64, -(2**64), 10**40 + 1, -(10**40) - 3]
smalls = [0, 1, -1, 2, -2, 7, -7, M - 1, -M, 10**9 + 7, -(10**9)]
for b in bigs:
    for s in smalls:
        r = mixed(b, s)
        print(b, s, r)
        assert r[0] == r[1] and r[4] == r[5]


def shrink():
    # Results that come back within 64 bits, and to the cached small ints.
    a = M
    print(a - 1, a - M, a + (-M), (-M) - (-M), a * 0, 0 * a, a - (M - 1))
    b = -M - 1
    print(b + 1, b + M, 1 + b, b - (-M), b * 1, b * -1, -1 * b)
    c = 2**64
    print(c - 1, c - 2**64, (c - 1) - (M - 1), c * 0, c - c)
    k = 3
    d = M * 4
    print(d // 4 - M, d - 4 * M, d * k - 12 * M)
    print(type(a - M), type(b + 1), type(c * 0))


shrink()


def long_chain(n):
    # Thousands of limbs, many fresh results: each must be its own value.
    x = 3**20000
    keep = []
    for i in range(n):
        x = x * 7 + i
        keep.append(x)
        x = x - i
        keep.append(x - 1)
    total = 0
    for v in keep:
        total = (total + v) % (2**61 - 1)
    print(len(keep), total, keep[0] % 1000003, keep[-1] % 1000003)
    print(len(set(keep)), keep[2] == (keep[1] + 1) * 7 + 1, keep[3] == keep[2] - 2)
    y = -(5**30000)
    for i in range(50):
        y = y * 3 - i
        y = 2 - y
    print(y % 999983, y < 0, y > -1, (y * 0) == 0, (y - y) == 0, y.bit_length())
    try:
        str(y)
    except ValueError as e:
        print("ValueError:", e)


long_chain(200)


def pidigits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


print("".join(map(str, pidigits(300))))


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return "MyInt.__radd__"

    def __mul__(self, other):
        return "MyInt.__mul__"

    def __lt__(self, other):
        return "MyInt.__lt__"


def subclass(big, small):
    print(big + small, small + big, big * small, big < small, small < big)


subclass(MyInt(M * 9), 5)
subclass(M * 9, MyInt(5))
subclass(MyInt(M * 9), MyInt(5))


def bools(big):
    t = True
    f = False
    print(big * t, big * f, t * big, big + t, big - t, t - big, big < t, t < big)


bools(M * 2)
bools(-M * 2)


def errors(big):
    z = 0
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                big // z
            elif op == "%":
                big % z
            else:
                divmod(big, z)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
    s = "x"
    try:
        big + s
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(big * s)
    except (TypeError, MemoryError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


errors(M * 7)
