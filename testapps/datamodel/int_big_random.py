# Big-int arithmetic on pseudo-random operands of 1 to 90 limbs (a fixed linear congruential
# generator, so the run is deterministic): sums, differences, products (both short and long
# factors), floor quotients and remainders of every sign, including the near-equal sizes
# (quotient below 2**62) and single-limb divisors, checked by identities and printed as digests.
state = 12345


def rand_bits(bits):
    global state
    v = 0
    while v.bit_length() < bits:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        v = (v << 64) | state
    return v >> (v.bit_length() - bits) if bits else 0


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + hash(v)) % (2**61 - 1)
    return h


sizes = [1, 2, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 640, 2000, 5000]
results = []
for sa in sizes:
    for sb in sizes:
        for signs in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
            a = signs[0] * rand_bits(sa)
            b = signs[1] * rand_bits(sb)
            row = [a + b, a - b, a * b, a < b, a == b, -a, hash(a)]
            if b:
                q, r = divmod(a, b)
                assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b), (a, b)
                assert q == a // b and r == a % b
                row += [q, r]
            # near-equal sizes: a small quotient times b plus a remainder
            for k in (1, 2, 3, 10, 2**30, 2**61 - 1, 2**62, 2**63 + 5):
                c = b * k + signs[0] * rand_bits(max(sb - 1, 0))
                if b:
                    q, r = divmod(c, b)
                    assert q * b + r == c and abs(r) < abs(b)
                    row += [q, r, c // b, c % b, c // -b, c % -b]
            results.extend(row)
print(len(results), digest(results))

# single-limb divisors, both signs, against multiples and around them
for d in (1, 2, 3, 7, 10, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**64):
    row = []
    for a in (rand_bits(300), rand_bits(1000) * d, rand_bits(65), 2**64, 2**128 - 1):
        for x in (a, -a, a + 1, -a - 1):
            for y in (d, -d):
                row += [x // y, x % y, divmod(x, y)]
    print(d, digest(row))

# zero and identity corner cases
big = 2**100
print(big - big, -big + big, big * 0, 0 * -big, big // big, -big // big, big % big, (big + 1) % big)
print(2**64 * 2**64, (2**64 - 1) * (2**64 - 1), -(2**63) * 1, (-(2**63)) // 1, -(2**63) - 1 + 1)
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**64), hash(-(2**64) + 1), hash(2**122 - 1))
print(str(rand_bits(4000))[:30], str(-rand_bits(4000))[-30:])

# carries and borrows that ripple through all-ones and all-zeros limbs
ones = [2**bits - 1 for bits in (64, 128, 640, 641)]
for a in ones:
    for k in (1, 2, 3, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63 - 1):
        p = a * k
        assert p // k == a and p % k == 0 and (p + 1) // a == k and -p // a == -k
        print(digest([p, -p * 1, p + a, p - a * k, (p + 1) - 1, a * -k, divmod(p + k, a)]), end=" ")
    print(digest([a + 1, a + a, (a + 1) - 1, (a + 1) - a, -(a + 1) + 1, a * a, (a + 1) * (a - 1)]))
