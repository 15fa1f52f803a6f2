from fractions import Fraction as F
import math, sys
for s in ["1/0", " 3/4 ", "1_000/3", "1.5e3", "-.5", "1e-2", "abc", "1/ 2", "+7", "3.", "1__0", "1.2/3", "  -2.50E+2\n", "1_0.0_1", ".5e1_0"]:
    try: print(repr(F(s)))
    except Exception as e: print(type(e).__name__, e)
for a in [(1, 0), (1.5,), (float('inf'),), (float('nan'),), (1.5, 2), ([],), (F(1,2), F(3,4)), (True,), (0, -5), (-6, -4)]:
    try: print(repr(F(*a)))
    except Exception as e: print(type(e).__name__, e)
for spec in ["", ".2f", "10"]:
    try: print(repr(format(F(1,3), spec)))
    except Exception as e: print(type(e).__name__, e)
try: print(F(0) ** -1)
except Exception as e: print(type(e).__name__, e)
print(F(-2, 3) ** -3, F(4, 9) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(1,2) ** 2.0, (-8) ** F(1, 3))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(5)), hash(F(1, 2)) == hash(0.5), hash(F(-1)))
print(F(3,4).__int__(), int(F(-7,2)), math.floor(F(-7, 2)), math.ceil(F(-7,2)), math.trunc(F(-7,2)), round(F(5,2)), round(F(7,2)), round(F(1234,100), 1), round(F(1234, 100), -1), type(round(F(5,2))))
print(F(1,3).limit_denominator(2), F(3.141592653589793).limit_denominator(1000), F(1,3).limit_denominator(10))
try: F(1,3).limit_denominator(0)
except Exception as e: print(type(e).__name__, e)
print(F.from_float(0.1), F.from_float(3))
try: F.from_float("x")
except Exception as e: print(type(e).__name__, e)
try: F.from_decimal(1.5)
except Exception as e: print(type(e).__name__, e)
print(F(1,2) + 1, 1 + F(1,2), F(1,2) + 0.5, F(1,2) + 1j, F(1, 2) * F(2, 3), F(1,3) / 2, F(7, 2) // 2, F(7,2) % F(1, 3), divmod(F(7,2), F(2,3)), divmod(7, F(2, 3)), 3.0 // F(2))
try: F(1) / 0
except Exception as e: print(type(e).__name__, e)
try: F(1) + "a"
except Exception as e: print(type(e).__name__, e)
print(F(1,2) == 0.5, F(1,2) == 1+0j, F(1) == 1 + 0j, F(1,3) < 0.34, F(1) < float('nan'), F(1) == float('inf'), F(2) > 1, -F(1,2), +F(1,2), abs(F(-1,2)), bool(F(0)))
print(F(1,2).as_integer_ratio(), F(6,4).numerator, F(6,4).denominator, float(F(1,3)), complex(F(1,2)) if hasattr(F, '__complex__') else 'nocomplex')
print(hasattr(F, 'is_integer'), F(5) == 5, {F(1,2): 'a'}[0.5])
class G(F): pass
print(repr(G(1,2)), repr(G(1,2) + 1), type(G(1, 2) + 1).__name__)
import copy
f = F(1, 2); print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(sorted([F(1,2), 0.3, 1, F(1,3)]))
print(F(10**30, 3), F('3.14159265358979323846'))
print(F(1,2) ** -2, F(2,3) ** 0)
for a, b in [(F(6), 0), (F(-6), F(0)), (F(0), 0), (5, F(0))]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [(F(6), 0), (F(7, 2), F(0))]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(F(1, 3).real, F(1, 3).imag, F(-1, 3).conjugate(), F(2 ** 61 - 1, 2 ** 61 - 1), hash(F(1, 2 ** 61 - 1)))
print(sum([F(1, n) for n in range(1, 11)]), max(F(1, 3), F(1, 4)), F(3, 4) - 1, 1 - F(3, 4), 2 * F(3, 4), F(3, 4) * 1.5)
