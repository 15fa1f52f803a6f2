# Division of ints past 64 bits: long division (quotients of many limbs), quotients read off the
# top bits (a number divided by one of nearly its size), divisors of one limb past 2**32, the
# floor and the divisor's sign for every sign combination, and subclasses of int.


def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield seed


rand = lcg(2024)


def number(bits):
    x = 0
    for _ in range((bits + 63) // 64):
        x = (x << 64) | next(rand)
    return x >> ((bits + 63) // 64 * 64 - bits) | (1 << (bits - 1))


def check(a, b):
    q, r = divmod(a, b)
    assert q == a // b and r == a % b, (a, b)
    assert q * b + r == a, (a, b)
    assert (r == 0) or ((r < 0) == (b < 0)), (a, b)
    assert abs(r) < abs(b), (a, b)
    return q, r


digest = 0
shapes = [(8000, 4000), (4000, 2000), (700, 130), (300, 129), (200, 65), (256, 64), (192, 96),
          (129, 128), (1000, 999), (1000, 970), (5000, 4968), (64 * 20, 64 * 19), (100, 60)]
for abits, bbits in shapes:
    for k in range(12):
        a = number(abits)
        b = number(bbits)
        for sa in (1, -1):
            for sb in (1, -1):
                q, r = check(sa * a, sb * b)
                digest = (digest * 1000003 + q % 1000000007 + r % 998244353) % (1 << 61)
print("random shapes", digest)

# Exact multiples: remainder 0, and the floor needs no adjustment with the signs apart.
for abits, bbits in ((300, 130), (2000, 1000), (129, 128)):
    b = number(bbits)
    for m in (1, 2, 3, (1 << 31) - 1, 1 << 31, (1 << 32) - 1, 1 << 32, number(100), number(abits - bbits)):
        a = b * m
        for sa in (1, -1):
            for sb in (1, -1):
                q, r = check(sa * a, sb * b)
                assert r == 0 and q == sa * sb * m
                q, r = check(sa * (a - 1), sb * b)
                q, r = check(sa * (a + 1), sb * b)
print("exact multiples ok")

# Quotients of 0 and 1 and just below and at the limb base; remainders of one less than b.
b = (1 << 200) + 12345
for a in (0, 1, b - 1, b, b + 1, 2 * b - 1, 2 * b, b * ((1 << 64) - 1), b * (1 << 64) - 1, b * (1 << 64), b * ((1 << 32) - 1) + b - 1):
    print(a // b, a % b == 0, (-a) // b, (-a) % b == (-a) - ((-a) // b) * b, divmod(a, -b)[0])

# Carries across limbs.
print((2 ** 64 - 1) + 1, (2 ** 128 - 1) * (2 ** 64 - 1), (2 ** 128) - 1 - (2 ** 64 - 1))
print(((2 ** 128 - 1) * (2 ** 64 - 1)) // (2 ** 64 - 1) == 2 ** 128 - 1, ((2 ** 192 - 1)) % (2 ** 64 + 1))
print(divmod(2 ** 256 - 1, 2 ** 128 + 2 ** 64 + 1), divmod(-(2 ** 256), 2 ** 127 - 1))

# One-limb divisors past 2**32, dividends of three limbs and more.
for d in (1 << 32 | 1, 10 ** 18, (1 << 61) - 1, (1 << 64) - 59, -(10 ** 12 + 39)):
    x = 3 ** 200 + 17
    print(d, x // d % 10 ** 9, x % d, (-x) // d % 10 ** 9, (-x) % d)

# The spigot shape: a big number divided by one of nearly its size.
q, r, t = 1, 0, 1
digits = []
for k in range(1, 600):
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
    if q > r:
        continue
    d = (q * 3 + r) // t
    if d == (q * 4 + r) // t:
        digits.append(d)
        q, r = 10 * q, 10 * (r - d * t)
print("".join(map(str, digits))[:60], len(digits))


class Big(int):
    pass


x = Big(7 ** 300)
y = Big(-(3 ** 200))
print(type(x // y).__name__, x // y == int(x) // int(y), type(x % y).__name__, divmod(x, y) == divmod(int(x), int(y)))

for a, b in ((3 ** 300, 0), (-(3 ** 300), 0)):
    for op in ("//", "%", "divmod"):
        try:
            print(a // b if op == "//" else a % b if op == "%" else divmod(a, b))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError", e)
