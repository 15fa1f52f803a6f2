# Fraction +, -, *, / cancel common factors before multiplying: every branch (coprime
# denominators, a shared factor that does or does not divide the new numerator, cancelling
# across numerators and denominators), signs, zero results, ints on either side, subclasses,
# long numbers and the ZeroDivisionError text.
from fractions import Fraction as F


class Half(F):
    pass


pairs = [
    (F(1, 6), F(1, 10)), (F(1, 6), F(1, 6)), (F(1, 6), F(-1, 6)), (F(5, 6), F(1, 6)),
    (F(1, 4), F(3, 4)), (F(2, 3), F(3, 2)), (F(-7, 12), F(5, 18)), (F(0), F(3, 7)),
    (F(3, 7), F(0)), (F(-5), F(15, 4)), (F(9, 10), F(-10, 9)), (F(1, 2**64), F(1, 2**63)),
    (F(3**40, 2**70), F(2**69, 3**41)), (F(-(2**63)), F(2**63 - 1, 6)),
]
for a, b in pairs:
    out = [a + b, a - b, b - a, a * b]
    if b:
        out.append(a / b)
    if a:
        out.append(b / a)
    print(a, b, *out)
    for r in out:
        # Lowest terms with a positive denominator, whatever the path.
        assert r.denominator > 0
        assert F(r.numerator, r.denominator) == r
for a, b in pairs[:6]:
    print(a + 3, 3 + a, a - 2, 2 - a, a * -4, -4 * a, a / 6, 6 / b, a + True, a * False)

h = F(0)
for k in range(1, 120):
    h += F((-1) ** k, k)
print(h.numerator % 1000003, h.denominator % 1000003, len(str(h.numerator)), float(h))
p = F(1)
for k in range(1, 80):
    p *= F(k + 1, k + 2)
    p /= F(2 * k + 1, 2 * k)
print(p)

x = Half(1, 2) + Half(1, 3)
print(type(x).__name__, x, type(Half(3, 4) * 2).__name__, type(Half(3, 4) / F(3)).__name__)

for a, b in ((F(3, 4), F(0)), (F(-3, 4), 0), (F(0), F(0)), (5, F(0))):
    try:
        a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
