# Bitwise operations on negative and big ints, shifts, bit_count/bit_length, and their errors.
for a, b in ((-6, 3), (6, -3), (-6, -3), (2 ** 70, -1), (-(2 ** 70), 2 ** 69 + 5)):
    print(a & b, a | b, a ^ b, ~a, a >> 1, a << 3)
print(-1 >> 100, 1 << 100, -(1 << 100) >> 99, (2 ** 64) >> 63, 5 >> 0, 0 << 1000)
for bad in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 2.0, lambda: 1 & 1.0, lambda: ~1.5):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for n in (0, 1, -1, 255, -256, 2 ** 100, -(2 ** 100) - 1):
    print(n, n.bit_length(), n.bit_count(), bin(n), hex(n), oct(n), f"{n:#b}")
print(True & False, True | 0, True ^ True, ~True, type(True & True).__name__, type(True & 1).__name__)
x = 0b1010
x |= 0b0101
x &= ~0b0011
x ^= 0b1
x <<= 2
x >>= 1
print(x, bin(x))
try:
    1 << (2 ** 100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(0 << (2 ** 100), 5 >> (2 ** 100), -5 >> (2 ** 100))
