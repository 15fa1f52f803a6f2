# Big ints as decimal text (the runtime's own conversion, nine digits per pass): sizes around
# the 64-bit limbs and the 10**9 chunks, signs, format specs, %-formatting, floats and round()
# that go through exact big numbers, big range reprs, the digit limit; and string.Create users.
import sys
vals = [0, 1, -1, 9, 10, 2**63-1, 2**63, -2**63, -2**63-1, 2**64-1, 2**64, 2**64+1, -2**64]
for k in (9, 18, 19, 20, 27, 28, 36, 37, 38, 45, 100, 171, 300):
    vals += [10**k - 1, 10**k, 10**k + 1, -(10**k), 10**k * 7 + 10**(k//2)]
vals += [3**200, -(3**333), 2**1000, 2**1000 * 10**50, 12345678901234567890123456789 * 10**40]
for v in vals:
    print(v, str(v) == repr(v), len(str(abs(v))))
x = 1
for i in range(1, 120):
    x = x * 1000000007 + i
    if i % 7 == 0:
        print(x, -x)
print(f"{10**30:,}", f"{-10**40:_}", f"{10**25:>40}", f"{-(10**25):^44}", f"{10**30:=+50}", format(10**30, 'd'))
print('%d %i %s %r' % (10**30, -10**31, 10**32, -10**33))
print(1e300, '%f' % 1e300, '%.3f' % 1.5e22, format(1e22, 'f'), format(2.5e25, '.2f'), '%e' % 1e300, '%.20e' % 12345.678, '%g' % 1e300)
print(round(1.5e300, -299), round(123456789.123456789, 5), round(2.675, 2), round(1e22, -21), round(-0.5e-300, 310))
print(range(10**20, 10**21), range(-10**25, 10**25, 3), range(0, 10**30, -7))
print("ab\U0001F600cd\U0001F600".strip("\U0001F600a"), "xx".strip("\U0001F600"), b"\xef\xbb\xbfhi".decode("utf-8-sig"))
print("-".join(["a", "b", "c"]), "".join(x for x in "xyz"), "ABC def".lower(), "abc DEF".upper(), ("Hello World! " * 3).upper())
print(f"{'x':*^9}", f"{'abc':>6}", f"{42:#>10x}", f"{-42:=10}", f"{'q':<4}|")
sys.set_int_max_str_digits(0)
big = 7**20000
s = str(big)
print(len(s), s[:30], s[-30:])
sys.set_int_max_str_digits(4300)
try:
    str(10**5000)
except ValueError as e:
    print(e)
try:
    str(-(10**4300))
except ValueError as e:
    print(e)
print(len(str(10**4299)), len(str(-(10**4299))))
