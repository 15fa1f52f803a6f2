# Big ints times ints below 2**32 (one-limb multipliers), at limb and carry boundaries.
values = [2**64 - 1, 2**128 - 1, 2**64, 2**63, (2**64 - 1) * 2**64 + 1, 3**200, -(7**150), 2**1000 - 1]
multipliers = [0, 1, 2, 3, 10, 2**31, 2**32 - 1, 2**32, 2**32 + 1, -(2**32 - 1), -1, 12345678901]
for v in values:
    for m in multipliers:
        p = v * m
        print(p == m * v, p % 1000003, p.bit_length(), p // (m or 1) == v or m == 0)
x = 1
for i in range(1, 300):
    x *= 4294967295 - i
print(x % 999999937, x.bit_length(), hex(x)[:40])
