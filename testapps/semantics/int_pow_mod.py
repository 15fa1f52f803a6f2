# pow(base, exp, mod) across the modulus shapes the runtime treats apart: below 2**32, odd and
# even up to 2**64, odd and even past it (one and many limbs), with negative bases, negative
# moduli, negative exponents (modular inverses), bools, int subclasses and the error cases.
moduli = [2, 3, 7, 10, 255, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 10**12 + 39, 2**61 - 1,
          2**62, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 59, 2**64 - 1, 2**64, 2**64 + 1,
          2**89 - 1, 2**96 + 7, 10**30, 2**127 - 1, 3**100, 2**255 - 19, 2**256,
          (2**521 - 1) * (2**107 - 1), 10**200 + 357]
bases = [0, 1, 2, 3, -1, -2, 5**40, -(7**50), 2**64 - 1, 2**64, 2**63, -(2**63), 12345678901234567891,
         3**300, -(3**300)]
exps = [0, 1, 2, 3, 16, 17, 65537, 2**64 - 1, 2**64 + 1, 10**30 + 1, 3**150]
acc = 0
count = 0
for m in moduli:
    for b in bases:
        for e in exps:
            for mm in (m, -m):
                r = pow(b, e, mm)
                assert (r >= 0) if mm > 0 else (r <= 0), (b, e, mm, r)
                assert abs(r) < abs(mm)
                acc = (acc * 1000003 + r) % (2**61 - 1)
                count += 1
print(count, acc)
for m in moduli[:12]:
    print(m, [pow(b, 10**6 + 3, m) for b in (2, -3, 2**70 + 1)])
for m in moduli[12:]:
    print(m % 10**12, [pow(b, 2**100 + 5, m) % 10**12 for b in (2, -3, 2**70 + 1)])

# Cross-checks against repeated multiplication.
for m in (97, 2**40 + 15, 2**64 - 59, 2**130 + 3, 2**130):
    x = 1
    for k in range(40):
        assert pow(3, k, m) == x % m, (m, k)
        x *= 3
print("repeated multiplication agrees")

# Fermat's little theorem and inverses.
for p in (101, 2**31 - 1, 2**61 - 1, 2**127 - 1, 2**521 - 1):
    print(p % 1000, pow(2, p - 1, p), pow(3, -1, p) * 3 % p, pow(-5, -3, p) * pow(-5, 3, p) % p)
print(pow(3, -1, 10), pow(7, -2, -10), pow(2**70 + 1, -1, 2**64 + 13), pow(-3, -5, 2**100 + 1))
print(pow(5, 0, 1), pow(5, -1, 1), pow(0, 0, 7), pow(0, 5, 7), pow(7, 0, -1), pow(-7, 3, -1))
print(pow(True, 5, 3), pow(3, True, 5), pow(7, 3, True + True), pow(False, 0, 5))


class N(int):
    pass


print(pow(N(3), N(4), N(5)), pow(N(-3), 4, 2**70), type(pow(N(3), 2, 5)))
for args in ((2, 3, 0), (2, -1, 4), (0, -1, 7), (2**100, -1, 2**64), (2, 3, 1.0), (2.0, 3, 5), (2, 3, "5")):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in ((2, 3j, 5), ("2", 3, 5), (2, 3, None)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Mod:
    def __pow__(self, exp, mod=None):
        return ("Mod.__pow__", exp, mod)

    def __rpow__(self, other, mod=None):
        return ("Mod.__rpow__", other, mod)


print(pow(Mod(), 2, 5), pow(2, Mod()), 2 ** Mod())
try:
    pow(2, Mod(), 5)
except TypeError as e:
    print("TypeError", e)
