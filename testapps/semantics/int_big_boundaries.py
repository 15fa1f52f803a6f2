# int arithmetic at the 64- and 128-bit boundaries: mixed small/big operands, floor division and
# modulo of every sign combination, comparisons, the str<->int digit limit, pow and gcd.
import sys
B = [2**31, 2**32, 2**62, 2**63, 2**64, 2**65, 2**127, 2**128, 2**129, 10**19, 10**38, 3**200]
vals = []
for b in B:
    for d in (-2, -1, 0, 1, 2):
        vals.append(b + d)
        vals.append(-b + d)
smalls = [1, 2, 3, 7, 10, -1, -3, -10, 2**32 - 1, 2**32, -(2**32), 2**31, 2**63 - 1, -(2**63)]
acc = 0
for a in vals:
    for s in smalls:
        for x, y in ((a, s), (s, a), (a, a + s)):
            r = (x + y, x - y, x * y, x // y if y else 0, x % y if y else 0,
                 divmod(x, y) if y else 0, x < y, x == y, x >= y, x & y, x | y, x ^ y)
            acc = (acc * 31 + hash(r)) % (2**61 - 1)
print(acc)
for a in vals[:20]:
    print(a, -a, a // 7, a % -7, divmod(a, -(2**64)), a >> 3, a << 70, a.bit_length(), type(a * 0))
print(2**63 // -1, -(2**63) // -1, -(2**63) % -1, divmod(-(2**63), -1))
print(-(2**64) // (2**64 + 1), (2**64) // -(2**64 - 1), (-(2**128)) % (2**64 + 3))
print(int("9" * 4300) % 1000, len(str(10**4299)))
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
try:
    str(10**4300)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), int("7" * 5000) % 97)
sys.set_int_max_str_digits(5000)
try:
    int("1" * 5001)
except ValueError as e:
    print(e)
print(pow(3, 200, 10**9 + 7), pow(-7, 3), pow(2, 100) % 12345, (10**40) ** 2 // 10**79)
import math
print(math.gcd(2**100, 6**50), math.gcd(-(2**70), 0), math.gcd(0, 0), math.isqrt(10**41))
