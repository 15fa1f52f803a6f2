# Int objects past 64 bits met in locals compiled code keeps unboxed: arithmetic and comparisons
# reach int's own operation directly; a subclass, a bool or a patched operand keeps the protocol.
import re


class Loud(int):
    def __add__(self, other):
        return "Loud.__add__"

    def __lt__(self, other):
        return "Loud.__lt__"


def ops(x, y):
    results = [x + y, x - y, x * y, x // y, x % y, x ** 2 % 1000003, x & y, x | y, x ^ y]
    results += [x < y, x <= y, x == y, x != y, x > y, x >= y]
    return results


big = 3 ** 90 + 7
other = -(5 ** 50) - 3
print(ops(big, other))
print(ops(other, big))
print(ops(big, big))
print(ops(-big, 2 ** 64))
print(ops(2 ** 63, -(2 ** 63)))
l = Loud(big)
print(l + other, l < other, other + l, other < l, l - other, l == big)
print(big + True, big < True, True - big)
try:
    big // (other - other)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    big @ other
except TypeError as e:
    print("TypeError", e)
print(big / other, other / big)

# Powers on the limbs up to 64 limbs, and just past.
for base in (3, -7, 12345, 2 ** 40 + 1, -(2 ** 70) - 5, 10 ** 30 + 3):
    for e in (1, 2, 3, 31, 64, 65, 100, 127, 128, 129, 200, 300):
        p = base ** e
        print(base if abs(base) < 10 ** 6 else base % 1000, e, p.bit_length(), p % 1000000007, str(p)[:12] if p.bit_length() < 14000 else "")
print([(i + 3) ** 200 % 999983 for i in range(0, 20000, 2500)])

# re arguments of subclasses and bools.
class S(str):
    pass


class I(int):
    pass


pat = re.compile(r"(a+)(b*)")
m = pat.match(S("xaab"), I(1), I(4))
print(m, m.group(True), m.group(I(2)), m.span(1))
print(pat.search("zzaabb", True))
for args in ((0, 2 ** 70), (-(2 ** 63) - 1, 3), (2 ** 63 - 1, 2 ** 63 - 1), (-(2 ** 63), 2)):
    try:
        print(pat.match("aab", *args), list(pat.finditer("aab", *args)), pat.findall("aab", *args))
    except OverflowError as e:
        print("OverflowError", e)
