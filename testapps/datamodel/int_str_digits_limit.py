# CPython 3.11's limit on int<->str conversion of huge decimals, and what it does not cover.
import sys

print(sys.get_int_max_str_digits())
ok = int("9" * 4300)
print(len(str(ok)))
for text in ("1" * 4301, "-" + "2" * 5000):
    try:
        int(text)
    except ValueError as e:
        print(type(e).__name__, e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), hex(big)[:10], len(bin(big)), oct(big)[:8])
print(int("f" * 5000, 16) == 16 ** 5000 - 1)
print(big.bit_length(), (big % 1000007))
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
