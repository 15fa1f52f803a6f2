# Shifts and bit operations on big ints (either sign) against small and big operands.
vals = [0, 1, -1, 5, -5, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64 - 1, 2**64, -(2**64), 2**64 + 1,
        3**90, -(3**90), 2**128 - 1, -(2**128), 2**200 + 2**64 + 12345, -(2**200) - 1, 0x9E3779B97F4A7C15]
shifts = [0, 1, 5, 31, 32, 63, 64, 65, 100, 127, 128, 129, 200, 201, 256, 1000]
acc = 0
for v in vals:
    for s in shifts:
        acc = (acc * 1000003 + (v >> s) + 7 * (v << s)) % (2**127 - 1)
print(acc)
for v in vals:
    print(v >> 1, v >> 64, v >> 65, v >> 200, v >> 201, v << 1, v << 64, v << 71)
masks = [0, 1, 0xFF, 2**32 - 1, 2**64 - 1, 2**64, 2**127, 2**130 - 1, -1, -(2**64), 3**50]
for v in vals:
    print([v & m for m in masks], [m & v for m in masks])
    print([v | m for m in masks], [v ^ m for m in masks])
h = 0
for i in range(2000):
    h = ((h ^ i) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    h ^= h >> 29
    h = (h << 3 | h >> 61) & (2**64 - 1)
print(h, (h << 100) >> 100 == h, (-h) >> 3, ~h & (2**70 - 1))
print(0 << 2**100, 5 >> 2**100, -5 >> 2**100, (2**100) >> 2**70, -(2**100) >> 2**70)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    (2**70) >> -(2**70)
except ValueError as e:
    print("ValueError", e)
try:
    (2**70) << -1
except ValueError as e:
    print("ValueError", e)
# Floor division and modulo by powers of two (a shift and a mask), every sign combination.
pows = [1, 2, 2**31, 2**32, 2**63, 2**64, 2**65, 2**127, 2**128, 2**300]
acc = 0
for v in vals:
    for p in pows:
        for d in (p, -p):
            q, r = divmod(v, d)
            assert q == v // d and r == v % d and q * d + r == v, (v, d)
            acc = (acc * 1000003 + q * 7 + r) % (2**127 - 1)
print(acc)
print([divmod(v, 2**64) for v in vals[:12]])
print([(v // 2**3, v % 2**3, v % 2**200) for v in vals[-6:]])
s = 0
for i in range(3000):
    s += (i * 0x9E3779B97F4A7C15) % (2**64) >> 40
print(s)
