# The limb kernels' edges: operands long enough to run as two carry chains (16 limbs and up), all-ones
# limbs that carry or borrow across the split, multipliers that are powers of two (a shift) or
# near 2**32, parsing's in-place multiply-add, and &, |, ^ and shifts of long operands.
import random

rng = random.Random(7)


def number():
    bits = rng.choice([1, 63, 64, 65, 127, 128, 1000, 1023, 1024, 1025, 2047, 2048, 2049, 4096, 9000])
    kind = rng.randrange(5)
    if kind == 0:
        v = (1 << bits) - 1
    elif kind == 1:
        v = 1 << bits
    elif kind == 2:
        v = ((1 << bits) - 1) ^ (1 << rng.randrange(bits))
    else:
        v = rng.getrandbits(bits)
    return -v if rng.random() < 0.3 else v


MULTIPLIERS = [0, 1, 2, 3, 10, 64, 16603, 4294967295, 4294967296, 2**62, 2**63 - 1, -7, -8, -(2**63)]
digest = 0
for i in range(1500):
    a, b = number(), number()
    m = rng.choice(MULTIPLIERS)
    s = rng.randrange(300)
    results = [a + b, a - b, b - a, a * m, m * a, a + m, a - m, a & b, a | b, a ^ b, a >> s, a << s]
    if i % 4 == 0:
        results.append(a * b)
    if b:
        results += [a // b, a % b]
    if m:
        results += [a // m, a % m]
    if abs(a) < 10 ** 4000:
        results += [int(str(a)), int(hex(a), 16), int(str(abs(a)) + "7")]
    for v in results:
        digest = (digest * 1000003 + hash(v)) % (1 << 61)
    if i % 300 == 0:
        print(i, digest)
print("digest", digest)

ones = (1 << 4096) - 1
print(ones + 1 == 1 << 4096, (ones + 1) - 1 == ones, (1 << 4096) - ones, ones - (1 << 4096))
print((ones * 2 + 2) == 2 * (ones + 1), ones * 4 == ones << 2, (-ones) * 8 == -(ones << 3))
print(int("9" * 4000) + 1 == 10 ** 4000, int("1" + "0" * 3000, 7) % 1000003)
