# int.to_bytes/from_bytes, bit_count, &, |, ^ and ~ with negative operands, bin/oct/hex and
# format of big ints, and ** on every path (64-bit, powers of two, short and long products),
# at the 64-bit boundaries and past them, with bools and int subclasses.
vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 2**31, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1,
        2**64 - 1, 2**64, -(2**64), 2**64 + 1, 3**50, -(3**50), 2**127, -(2**127), 2**128 - 1, 7**100, -(7**100)]

for v in vals:
    n = max((v.bit_length() + 8) // 8, 1)
    out = []
    for signed in (False, True):
        for order in ("big", "little"):
            for width in (n - 1, n, n + 3):
                try:
                    b = v.to_bytes(width, order, signed=signed)
                    back = int.from_bytes(b, order, signed=signed)
                    out.append((b.hex(), back == v))
                except OverflowError as e:
                    out.append(str(e))
    print(v if abs(v) < 2**70 else hex(v)[:12], out)

for width in (0, 1, 2, 8, 9, 16, 17):
    lo, hi = -(2 ** (8 * width - 1)) if width else 0, (2 ** (8 * width - 1)) - 1 if width else 0
    print(width, [(x.to_bytes(width, "big", signed=True).hex(), x) for x in (lo, hi)],
          (2 ** (8 * width) - 1).to_bytes(width, "little").hex())
    for x in (lo - 1, hi + 1):
        try:
            x.to_bytes(width, "big", signed=True)
        except OverflowError as e:
            print("  ", x, e)
print((0).to_bytes(0, "big"), (0).to_bytes(0, "big", signed=True), (5).to_bytes(), (255).to_bytes(1, "little"))
for data in (b"", b"\x00", b"\x80", b"\xff", b"\x7f\xff", b"\xff" * 8, b"\x80" + b"\x00" * 7, b"\x00" * 8 + b"\x01",
             b"\xff" * 9, b"\x80" + b"\x00" * 15, bytes(range(1, 40)), bytearray(b"\x01\x02\x03"), memoryview(b"\xfe\xff")):
    print([int.from_bytes(data, order, signed=s) for order in ("big", "little") for s in (False, True)])
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes((255,), "little", signed=True))
for bad in (lambda: (-1).to_bytes(2, "big"), lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(2, "middle"),
            lambda: int.from_bytes(b"\x01", "middle"), lambda: int.from_bytes("ab", "big")):
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

print([v.bit_count() for v in vals], True.bit_count(), (-(2**63)).bit_count())

masks = [0, 1, -1, 0xFF, -256, 2**64 - 1, -(2**64), 2**100 + 12345, -(2**100) - 12345, 2**63, -(2**63)]
acc = 0
for x in vals + masks:
    for y in masks:
        for r in (x & y, x | y, x ^ y, y & x, ~x, ~y):
            acc = (acc * 1000003 + r) % (2**61 - 1)
print("bitwise", acc)
big = 3**80
print(-big & 0xFFFFFFFF, -big | 0xF0F0, -big ^ big, (-big & -(2**64)) == -(((big - 1) | (2**64 - 1)) + 1))
print(~big, ~-big, ~(2**63), ~-(2**63), ~(2**64 - 1), ~-(2**64))
print(True & -(2**70), -(2**70) | False, True ^ (2**65))

for v in (2**64, -(2**64), 3**60, -(3**60), 2**200 - 1, 16**40, -(8**30)):
    print(bin(v)[:20], oct(v), hex(v), f"{v:x}", f"{v:X}", f"{v:#o}", f"{v:_b}"[:30], "%x" % v, "%#X" % v)

for a in (0, 1, -1, 2, -2, 3, -3, 4, 10, -10, 2**32, -(2**32), 2**63, 3**40, -(3**40), True, False):
    print(a, [a ** e for e in (0, 1, 2, 3, 7, 20)], str(a ** 63)[:30], str(a ** 200)[-20:])
print([(-2) ** e for e in (63, 64, 65)], [4 ** e for e in (31, 32, 100)][1:], (-8) ** 21, 2 ** 1000 % 10**9)
print(len(str(7 ** 3000)), 12345 ** 210 % 10**9, (2**70 + 3) ** 25 % 10**9, (-(2**70) - 3) ** 25 % 10**9)
print(0 ** 0, 2 ** -1, (-2) ** -3, 10 ** -2, True ** 10, (2**64) ** 0, (2**64) ** 1 == 2**64)


class I(int):
    pass


x = I(2**70)
print(type(x ** 1), x ** 1, type(x ** 2), type(~x), ~x, type(x & -1), x & -1, type(x.to_bytes(9, "big")), I.from_bytes(b"\x01\x00", "big"))
