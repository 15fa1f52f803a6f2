# math.gcd over every size shape: both within 64 bits, one long and one short (a divisor
# below and above 2**32), both long, zeros, signs, -2**63, bool, __index__, int subclasses
# (the result is an exact int, never the operand's own __abs__), several arguments, errors.
import math


class Idx:
    def __index__(self):
        return 84


class Sub(int):
    def __abs__(self):
        return 99

    def __neg__(self):
        return 98


values = [0, 1, -1, 6, -6, 2**31 - 1, 2**32, 2**32 + 15, 2**62 * 3 // 2, 2**63 - 1, -(2**63), 2**63,
          2**64 - 1, 2**64, 3**40, 2**64 * 3**10, -(5**60), 3**100 * 2**70, 7**80 * 3**30, 10**40 + 1]
for a in values:
    print(a, [math.gcd(a, b) for b in values])
print(math.gcd(), math.gcd(-7), math.gcd(0), math.gcd(True), math.gcd(True, 6), math.gcd(Idx(), 60))
print(math.gcd(Sub(-12)), type(math.gcd(Sub(-12))).__name__, math.gcd(Sub(12), 0), type(math.gcd(Sub(12), 0)).__name__)
print(math.gcd(2**100, 2**80 * 3, 2**90 * 5), math.gcd(12, 18, -30, 0), math.gcd(3**50, 3**40, 2))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6, 10), math.lcm(2**64, 3**5), math.lcm(0, 5))
for bad in ((1.5, 2), ("3", 3)):
    try:
        math.gcd(*bad)
    except TypeError as e:
        print("TypeError:", e)
for f in (math.gcd, math.lcm):
    try:
        f(1, x=2)
    except TypeError as e:
        print("TypeError:", e)
