# Long big ints times one-limb ints: the kernel multiplies the two halves of a long number side
# by side and adds the lower half's carry into the upper half afterwards, so the lengths around
# its threshold (16 limbs), odd lengths, and all-ones limbs (the carry ripples through the upper
# half) are checked against identities and digests.
def digest(v):
    return (v % 1000000007, v.bit_length(), hex(v)[:18], hex(v)[-12:])


for limbs in (1, 2, 15, 16, 17, 31, 32, 33, 100, 257, 1000):
    bits = 64 * limbs
    ones = 2**bits - 1
    lower_ones = (2**(bits // 2) - 1) | (1 << (bits - 1))
    mixed = 10 ** (bits * 3 // 10) - 1
    for v in (ones, lower_ones, mixed, -ones, ones << 32):
        for m in (2, 10, 2**32 - 1, 2**31 + 1, -7, 2**32):
            p = v * m
            assert p == m * v
            assert p - v * (m - 1) == v, (limbs, m)
            assert p // m == v
            print(limbs, m, digest(p))
x = 1
for k in range(1, 2000):
    x = x * (k | 1) + k
print(digest(x), digest(-x * 12345))
