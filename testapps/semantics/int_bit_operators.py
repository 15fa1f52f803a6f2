# Bit operators on ints kept unboxed: 64-bit edges, shifts past 64 bits, negative counts,
# bools, subclasses of int, a float operand, and a rebound name.


def hashes(data):
    h = 2166136261
    p = 0
    for c in data:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
        p = (p * 31 + c) & 0xFFFF
    return h, p


def shifts():
    out = []
    x = 1
    for k in (0, 1, 31, 62, 63, 64, 65, 100):
        out.append(x << k)
    y = -1
    for k in (0, 1, 62, 63, 64, 200):
        out.append(y << k)
    big = 0x7FFFFFFFFFFFFFFF
    out.append(big << 1)
    out.append((big << 1) >> 1)
    m = -(2 ** 63)
    out.append(m << 1)
    out.append(m >> 1)
    out.append(m >> 63)
    out.append(m >> 64)
    n = -5
    out.append(n >> 1)
    out.append(n >> 1000)
    out.append(5 >> 1000)
    out.append(n << 3)
    huge = 1 << 200
    out.append(len(str(1 << 10000)))
    out.append(huge >> 190)
    out.append(huge & 0xFF)
    return out


def invert():
    out = []
    for v in (0, 1, -1, 2 ** 63 - 1, -(2 ** 63), 12345):
        out.append(~v)
    x = 7
    x = ~x
    out.append(x)
    return out


def augmented():
    h = 0
    mask = 0
    for i in range(70):
        mask |= 1 << i
        h ^= i * 2654435761
        h <<= 1
        h &= 0xFFFFFFFFFFFF
        h >>= 1
    r = 1
    r <<= 64
    r >>= 3
    return h, mask, r


def popcount(n):
    total = 0
    while n:
        n &= n - 1
        total += 1
    return total


def bools():
    a = True
    b = False
    out = [a & b, a | b, a ^ b, a & 1, 1 & a, a << 2, a >> 1, ~a, True & True]
    return [(v, type(v).__name__) for v in out]


class I(int):
    def __and__(self, other):
        return "I.__and__"

    def __rshift__(self, other):
        return "I.__rshift__"


def subclasses():
    i = I(6)
    k = 3
    out = [i & k, k & i, i | k, i >> 1, 1 << I(3), ~I(5)]
    return [(v, type(v).__name__) for v in out]


def errors():
    k = -1
    x = 5
    for f in (lambda: x << k, lambda: x >> k, lambda: 1.5 & x, lambda: x | 2.0, lambda: ~1.5, lambda: x << (1 << 70)):
        try:
            print(f())
        except (ValueError, TypeError, OverflowError, MemoryError) as e:
            print(type(e).__name__, e)
    try:
        x <<= k
    except ValueError as e:
        print("aug", type(e).__name__, e, x)


def sets_and_dicts():
    s = {1, 2}
    s |= {3}
    t = s & {2, 3, 4}
    d = {"a": 1} | {"b": 2}
    return sorted(s), sorted(t), d


def rebound():
    global abs
    def abs(v):
        return v & 0xF
    n = 0x1234
    return abs(n) ^ 1


print(hashes(b"hello world" * 3))
print(shifts())
print(invert())
print(augmented())
print([popcount(v) for v in (0, 1, 255, 2 ** 63 - 1, 2 ** 64 - 1)])
print(bools())
print(subclasses())
errors()
print(sets_and_dicts())
print(rebound())
