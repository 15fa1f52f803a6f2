# Division and modulo where both operands fit 128 bits: every sign combination, the 2**63 and
# 2**64 boundaries, quotients past 64 bits, and a 64-bit LCG (x * a + c) % 2**64.
values = [0, 1, 7, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1,
          3 * 2**64 + 5, 2**100 + 12345, 2**127 - 1, 2**127, 2**128 - 1]
divisors = [2**32 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**64 + 7, 2**96 + 3, 2**127 + 1, 2**128 - 1]
checks = 0
for a in values:
    for b in divisors:
        for sa in (1, -1):
            for sb in (1, -1):
                x, y = sa * a, sb * b
                q, r = x // y, x % y
                assert q * y + r == x, (x, y)
                assert (r == 0) or ((r < 0) == (y < 0)), (x, y)
                assert divmod(x, y) == (q, r), (x, y)
                checks += 1
print("checked", checks)
print(-(2**64) // (2**64 - 1), -(2**64) % (2**64 - 1))
print((2**127) // -(2**64), (2**127) % -(2**64))
print(-(2**63) // 1, (2**128 - 1) // (2**64 + 1), (2**128 - 1) % (2**64 + 1))
print(-(2**64 - 1) // (2**63) , -(2**64 - 1) % (2**63))
x = 42
total = 0
for i in range(1000):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    total += x % 1000
print(x, total)
try:
    print((2**64 + 1) % 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print((2**64 + 1) // -0)
except Exception as e:
    print(type(e).__name__, e)
