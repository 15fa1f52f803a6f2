# Square roots, exp/ln/log10, powers, fma, remainder_near, logical operations, shifts, Context methods.
from decimal import *

for v in ('2', '0.0100', '1E+7', '100', '0', '-0', '1.44', '12345678901234567890'):
    d = Decimal(v)
    print(v, d.sqrt(), d.exp() if d < 1000 else '-', d.ln() if d > 0 else '-', d.log10() if d > 0 else '-')
for base, exp in (('2', '0.5'), ('2.5', '2.5'), ('10', '-2'), ('1.1', '-3'), ('0', '-1'), ('-2', '3'), ('-0', '-3'),
                  ('4', '0.5'), ('inf', '-2'), ('0.5', 'inf'), ('1', '0.5'), ('7', '1.5'),
                  ('1.000001', '1000000'), ('2', '100'), ('3', '-100')):
    print(base, exp, Decimal(base) ** Decimal(exp))
print(pow(Decimal(3), 100, 7), pow(Decimal(-3), 3, 10), 2 ** Decimal(3), Decimal(2) ** -1)
with localcontext(prec=50):
    print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(2).log10())
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(2) ** Decimal('0.5'), Decimal(7) ** Decimal('1.5'))
print(Decimal(2).fma(3, 4), Decimal('1e30').fma(Decimal('1e30'), -1), Decimal('10').remainder_near(3),
      Decimal('10').remainder_near(6), Decimal('-10').remainder_near(4))
print(Decimal('1101').logical_and(Decimal('1011')), Decimal('1101').logical_or(Decimal('10')),
      Decimal('1101').logical_xor(Decimal('1011')), Decimal('101').logical_invert())
print(Decimal(123).shift(2), Decimal(123).shift(-2), Decimal(123).rotate(3), Decimal('123').rotate(-1),
      Decimal(7).scaleb(3), Decimal('1.5').scaleb(-2), Decimal(1234).logb(), Decimal('0.001').logb())
print(Decimal(10).next_plus(), Decimal(10).next_minus(), Decimal(10).next_toward(11), Decimal(10).next_toward(10))
c = Context(prec=6)
print(c.abs(Decimal(-3)), c.add(Decimal('1.23456789'), 0), c.subtract(1, Decimal('0.1')), c.divide_int(17, 5),
      c.remainder(17, 5), c.divmod(17, 5), c.exp(Decimal(1)), c.ln(Decimal(2)), c.log10(Decimal(3)),
      c.max(1, 2), c.min_mag(-1, 2), c.quantize(Decimal('1.2345'), Decimal('0.01')), c.sqrt(Decimal(3)),
      c.to_integral_exact(Decimal('2.5')), c.logical_and(Decimal(1), Decimal(11)), c.is_zero(Decimal(0)),
      c.is_signed(Decimal(-1)), c.number_class(Decimal('inf')), c.compare_total(Decimal(1), Decimal('1.0')),
      c.fma(2, 3, 4), c.plus(Decimal('1.23456789')), c.minus(Decimal(5)), c.power(2, 10), c.power(3, 4, 5),
      c.create_decimal_from_float(0.1), c.copy_sign(Decimal(1), Decimal(-2)), c.canonical(Decimal(5)), c.radix(),
      c.scaleb(Decimal(1), Decimal(4)), c.same_quantum(Decimal(1), Decimal(2)), c.to_eng_string(Decimal('1e5')))
for bad in (lambda: c.add(1.5, 1), lambda: c.add('1', 1), lambda: Decimal(1).compare('x'), lambda: c.canonical(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
