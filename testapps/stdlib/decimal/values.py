# Construction, str/repr, to_eng_string, tuples, predicates, conversions, hashing, sorting.
import math, copy, pickle, numbers, fractions, statistics
from decimal import *

for text in ('0', '-0', '1.50', '-1E+3', '1e-7', '123456789e-20', '0.000001', '1_000.5', ' 12 ', 'Inf',
             '-infinity', 'nan', '-NaN12', 'sNaN', '0E-8', '0E+3', '١٢.٥', '.5', '5.', '1e+0', '1__0', 'n_an', '1e_1'):
    d = Decimal(text)
    print(repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.adjusted(), d.number_class(),
          d.is_finite(), d.is_signed(), d.is_zero(), d.is_nan(), bool(d))
for value in (0, -12345678901234567890123456789, 2 ** 100, 1.1, -0.0, float('inf'), (1, (1, 2, 3), -2),
              (0, (), 'F'), [1, [0], 'n'], Decimal('7.0')):
    print(repr(Decimal(value)))
for bad in ('1e', '_', '--1', '', 'x', '1.2.3', 'nan1e2'):
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), e)
for bad in (b'1', 1j, (2, (1,), 0), (0, (12,), 0), (0, (1,), 'x'), [0, (1,)], None):
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

d = Decimal('-12.345')
print(int(d), float(d), complex(d), math.floor(d), math.ceil(d), math.trunc(d), round(d), round(d, 1))
print(d.as_integer_ratio(), Decimal('0.75').as_integer_ratio(), abs(d), -d, +d, d.copy_abs(), d.copy_negate())
print(fractions.Fraction(d), fractions.Fraction.from_decimal(Decimal('2.5')), Decimal('0.5') == fractions.Fraction(1, 2),
      Decimal('0.3') < fractions.Fraction(1, 3))
print(isinstance(d, numbers.Number), isinstance(d, numbers.Real), d.real, d.imag, d.conjugate())
data = [Decimal('1.5'), Decimal('2.25'), Decimal('3.5'), Decimal('10')]
print(statistics.mean(data), statistics.median(data), statistics.fsum if False else sum(data), max(data), min(data))
print(statistics.stdev(data), statistics.pstdev(data), statistics.variance(data))
for bad in (Decimal('inf'), Decimal('nan')):
    for f in (int, lambda x: x.as_integer_ratio(), round):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)

# Hashes equal those of equal ints, floats and Fractions, so mixed dict keys and sets merge.
for text in ('1', '1.0', '0.5', '-1.5', '1e30', '1e-30', '-0', 'inf', '-inf', '12345.678'):
    d = Decimal(text)
    print(text, hash(d), hash(d) == hash(float(d)), d.is_infinite() or hash(d) == hash(fractions.Fraction(d)))
table = {1: 'int', Decimal('1.0'): 'decimal', 1.0: 'float', Decimal('0.5'): 'half', fractions.Fraction(1, 2): 'fraction'}
print(table, {Decimal(2), 2, 2.0, Decimal('2.00')}, Decimal('2.00') in {2})
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print(e)
values = [Decimal('3'), 2, Decimal('-1.5'), Decimal('2.0'), 1, Decimal('1E+1'), Decimal('-0'), 0]
print(sorted(values), sorted(values, reverse=True), max(values), min(values))
print(Decimal(1) < 2 < Decimal(3), Decimal('1.0') == 1, Decimal(1) != Decimal('1.00'), Decimal(2) >= 2.0)
print(Decimal('1.2').compare(Decimal('1.20')), Decimal('1.2').compare_total(Decimal('1.20')),
      Decimal('-3').max(2), Decimal('-3').max_mag(2), Decimal('NaN').min(3), Decimal(1).same_quantum(Decimal('1.0')))
print(copy.copy(d) is d, copy.deepcopy(d) is d, pickle.loads(pickle.dumps(d)), Decimal(d) is d)

class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self

m = Money('2.50')
print(m, repr(m), type(m).__name__, type(m + 1).__name__, pickle.loads(pickle.dumps(m)), Money.from_float(0.25))
print(Decimal('1.20').normalize(), Decimal('0.00').normalize(), Decimal('120').normalize(), Decimal('-1E-2').normalize())
print(Decimal('12.7').to_integral_value(), Decimal('12.5').to_integral_exact(), Decimal('-12.5').to_integral(ROUND_HALF_UP))
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_05UP), Decimal('1.41421356').quantize(Decimal('1.000')))
