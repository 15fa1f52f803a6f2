# int() of long texts: past 63 bits the digits are read in chunks into limbs; every base, signs,
# underscores, surrounding whitespace, errors anywhere in the text, and the digit limit.
import sys


def digest(v):
    return (v % 1000000007, v.bit_length(), hex(v)[:18], hex(v)[-12:])


for n in (18, 19, 20, 27, 28, 40, 100, 1000, 4300):
    text = "".join(str((i * 7 + 3) % 10) for i in range(n))
    v = int(text)
    print(n, digest(v), str(v) == text.lstrip("0"), int("-" + text) == -v)
print(int("9223372036854775807"), int("9223372036854775808"), int("-9223372036854775808"), int("-9223372036854775809"))
print(int("18446744073709551615"), int("18446744073709551616"), int("340282366920938463463374607431768211456"))
print(int(" \t+1_000_000_000_000_000_000_000_000\n"), int("0" * 50 + "1" * 30))
for base in (2, 3, 7, 8, 16, 31, 36):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    text = (digits[1:] + digits) * (400 // base + 1)
    v = int(text, base)
    print(base, digest(v), int(text.upper(), base) == v)
print(int("0x" + "f" * 40, 16) == 16 ** 40 - 1, int("0b" + "1" * 100, 0) == 2 ** 100 - 1, int("0o7_7" + "7" * 30, 0))
print(int("١٢٣" + "0" * 30))
for bad in ("1" * 30 + "x", "1" * 30 + "__1", "1" * 30 + "_", "_" + "1" * 30, "1" * 25 + " 1", "0" * 3 + "1" * 30 + "g"):
    try:
        int(bad, 0 if bad.startswith("_") else 10)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("z" * 40, 35)
except ValueError as e:
    print(type(e).__name__, e)
# str() of a number far past the limit is refused at once; just at the limit it converts.
for v in (10 ** 4300 - 1, -(10 ** 4300 - 1), 10 ** 4300, 2 ** 14284, 2 ** 14285, 2 ** 14300, 2 ** 1000000):
    try:
        print(len(str(v)))
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
big = int("7" * 20000)
print(digest(big), str(big) == "7" * 20000, len(str(3 ** 30000)))
