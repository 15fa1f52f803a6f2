# Big-integer workloads of the kind scripts run: factorials and binomials, Fibonacci numbers,
# modular exponentiation (Miller-Rabin, an RSA round trip, Diffie-Hellman), decimal text of big
# numbers and back, bit twiddling, bytes conversions and big ints as dict/set keys.
import math
import sys


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    # F(2k) = F(k) * (2 F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n >> 1)
    c = a * ((b << 1) - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


def egcd_inverse(a, m):
    old_r, r, old_s, s = a, m, 1, 0
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    return old_s % m


def lcg_bits(seed, bits):
    # A 64-bit LCG glued into a number of `bits` bits.
    x = 0
    for _ in range((bits + 63) // 64):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        x = (x << 64) | seed
    return x >> (64 * ((bits + 63) // 64) - bits) | (1 << (bits - 1)), seed


def rsa(size):
    seed = 12345
    p, seed = lcg_bits(seed, 256)
    q, seed = lcg_bits(seed, 256)
    p, q = next_prime(p), next_prime(q)
    n = p * q
    phi = (p - 1) * (q - 1)
    e = 65537
    d = egcd_inverse(e, phi)
    print("rsa n bits", n.bit_length(), "d check", (d * e) % phi)
    total = 0
    for i in range(size * 2):
        m = (i * 0x9E3779B97F4A7C15 + 12345) % n
        c = pow(m, e, n)
        if i % 8 == 0:
            assert pow(c, d, n) == m
        total ^= c
    print("rsa xor", hex(total)[:24], total.bit_length())
    # Diffie-Hellman over a 127-bit Mersenne prime.
    prime = (1 << 127) - 1
    a_secret, b_secret = 0x1234567890ABCDEF1234, 0xFEDCBA0987654321FEDC
    A, B = pow(3, a_secret, prime), pow(3, b_secret, prime)
    print("dh", pow(B, a_secret, prime) == pow(A, b_secret, prime), pow(A, b_secret, prime) % 1000003)


def primes_section(size):
    found = []
    n = 10 ** 12 + 1
    while len(found) < size * 3:
        n = next_prime(n)
        found.append(n)
        n += 2
    print("primes", found[:3], found[-1], sum(found) % 1000000007)
    print("mersenne", [p for p in range(2, 200) if is_probable_prime((1 << p) - 1)][:12])


def factorial_section(size):
    # Up to 1400! the decimal text stays under CPython 3.11's 4300-digit limit.
    digest = 0
    for n in range(100, 100 + 13 * size, 13):
        f = factorial(n % 1300 + 100)
        s = str(f)
        digest = (digest * 31 + len(s) + int(s[-40:]) % 1000003 + sum(map(int, s[:30]))) % (1 << 61)
    f = factorial(1400)
    s = str(f)
    print("fact", len(s), s[:20], s[-20:].strip("0") or "0", sum(map(int, s)) % 97, digest)
    print("fact trailing zeros", len(s) - len(s.rstrip("0")), f.bit_length(), f % (10**9 + 7))
    print("math.factorial agrees", math.factorial(1400) == f)
    c = math.comb(2800, 1400)
    print("comb", c.bit_length(), c % 1000003, c == factorial(2800) // (f * f))
    print("divmod", [x % 1000 for x in divmod(f, c)], [x % 1000 for x in divmod(-f, c)], (-f) // (c + 1) % 10007)
    print("gcd", math.gcd(f, c) % 1000003, math.isqrt(f) % 1000003)


def fib_section(size):
    a = fib(15000)
    b, _ = fib_doubling(15000)
    s = str(a)
    print("fib", a == b, len(s), s[:15], s[-15:], a.bit_length())
    # Decimal text round trip of numbers below the 4300-digit limit.
    total = 0
    x, y = 0, 1
    for k in range(size * 30):
        x, y = y, x + y
        if k % 5 == 0:
            t = str(x)
            z = int(t)
            assert z == x
            total += len(t) + (z % 9973)
        if k % 6000 == 5999:
            x, y = k, k + 1
    print("roundtrip", total)
    try:
        str(fib(25000))
    except ValueError as e:
        print("ValueError", e)
    try:
        int("7" * 4301)
    except ValueError as e:
        print("ValueError", e)


def bits_section(size):
    x = factorial(700) ^ fib(4000)
    acc = 0
    ones = 0
    for i in range(size * 80):
        y = (x >> (i % 200)) ^ (x << (i % 37))
        y &= (1 << (1000 + i % 500)) - 1
        y |= 1 << (i % 300)
        acc ^= y
        ones += y.bit_count()
        if i % 50 == 0:
            ones += bin(y).count("1") - y.bit_count()
    print("bits", acc.bit_length(), ones, acc % 1000003, (~acc) % 1000003, (-acc) >> 100 < 0)
    neg = -x
    print("neg", (neg & 0xFFFFFFFFFFFF), (neg | 0xFF) % 1000003, (neg ^ x).bit_length(), neg >> 1000 == -((x - 1) >> 1000) - 1)


def bytes_section(size):
    h = 0
    blob = b""
    for i in range(size * 40):
        v = (i * 2654435761) ** 3 + i
        b = v.to_bytes((v.bit_length() + 7) // 8 or 1, "big")
        w = int.from_bytes(b, "big")
        assert w == v
        s = (-v).to_bytes(len(b) + 1, "little", signed=True)
        assert int.from_bytes(s, "little", signed=True) == -v
        h = (h * 31 + w) % (1 << 61)
        if i % 100 == 0:
            blob += b[:2]
        r = i.to_bytes(4, "little")
        h ^= int.from_bytes(r, "big")
    print("bytes", h, blob[:12].hex(), len(blob))
    big = factorial(700)
    raw = big.to_bytes((big.bit_length() + 7) // 8, "little")
    print("big bytes", len(raw), raw[-4:].hex(), int.from_bytes(raw, "little") == big)
    try:
        (1 << 64).to_bytes(8, "big")
    except OverflowError as e:
        print("OverflowError", e)


def hashing_section(size):
    seen = {}
    keys = set()
    for i in range(size * 40):
        k = (3 ** (i % 150 + 40)) * (i + 1)
        seen[k] = seen.get(k, 0) + 1
        keys.add(k % (1 << 100))
    print("hash", len(seen), len(keys), hash(3 ** 100) == hash(3 ** 100 + 0), hash(-(2 ** 200)), hash(2 ** 61 - 1), hash(2 ** 61))
    print("ordered", sorted(keys)[:2], max(seen) % 1000003)


def main(size):
    factorial_section(size)
    fib_section(size)
    rsa(size)
    primes_section(size)
    bits_section(size)
    bytes_section(size)
    hashing_section(size)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
