# Exponent limits, subnormals, clamping, signed zeros, NaN comparisons, sNaN, overflow to the largest number.
from decimal import *

c = Context(prec=4, Emin=-5, Emax=5, traps=[])
def show(label, value):
    flags = [s.__name__ for s in (InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped)
             if c.flags[s]]
    print(label, repr(value), flags)
    c.clear_flags()
show('overflow', c.multiply(Decimal('9999'), Decimal('100')))
show('subnormal', c.divide(Decimal(1), Decimal('1e7')))
show('underflow', c.divide(Decimal(1), Decimal('3e6')))
show('to zero', c.divide(Decimal(1), Decimal('1e20')))
show('exact subnormal', c.create_decimal('1.2e-7'))
show('clamped big zero', c.create_decimal('0e10'))
for r in (ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_EVEN):
    c.rounding = r
    show('overflow ' + r, c.multiply(Decimal('-9999'), Decimal('100')))
c.rounding = ROUND_HALF_EVEN
c.clamp = 1
show('clamp', c.create_decimal('1e5'))
show('clamp 2', c.create_decimal('12e3'))
c.clamp = 0
show('next_plus', c.next_plus(Decimal('9.999e5')))
show('next_minus', c.next_minus(Decimal(0)))
show('next_toward', c.next_toward(Decimal(1), Decimal(2)))
show('etiny', c.create_decimal('1e-9'))
show('normalize', c.normalize(Decimal('1.000e-7')))
show('sum zero', c.add(Decimal('1.5'), Decimal('-1.5')))
c.rounding = ROUND_FLOOR
show('sum zero floor', c.add(Decimal('1.5'), Decimal('-1.5')))
c.rounding = ROUND_HALF_EVEN
show('neg zero', -Decimal('0'))
show('minus zero', c.minus(Decimal('0')))
show('zeros', (Decimal('-0') + Decimal('-0'), Decimal('-0') * 5, Decimal('-0.0') * Decimal('1.00'), Decimal(0) * -1))
show('quantize', c.quantize(Decimal('123.456'), Decimal('1e-3')))
show('quantize inf', c.quantize(Decimal('inf'), Decimal('1')))
show('inf', (Decimal('inf') + 1, Decimal('-inf') * -2, Decimal(1) / Decimal('inf'), Decimal('inf').sqrt()))
show('nan', (Decimal('nan5') + 1, c.add(Decimal('sNaN7'), 1), Decimal('nan') == Decimal('nan'), Decimal('nan') != 1))
show('ordering nan', (c.compare(Decimal('nan'), 1), c.compare_signal(Decimal(1), Decimal(2))))
for f in (lambda: Decimal('nan') < 1, lambda: Decimal(1) >= Decimal('nan'), lambda: Decimal('snan') == 1,
          lambda: Decimal(1).compare_signal(Decimal('nan')), lambda: Decimal('snan') + 1, lambda: max(Decimal('nan'), Decimal(1))):
    try:
        print(f())
    except InvalidOperation as e:
        print('InvalidOperation', e)
getcontext().traps[InvalidOperation] = False
print(Decimal('nan') < 1, Decimal('nan') >= 1, Decimal('snan') == 1, getcontext().flags[InvalidOperation])
getcontext().traps[InvalidOperation] = True
print(Decimal('1e999999') * 10 if False else Decimal('9e999999').next_plus(), Decimal('1e-1000026').next_minus())
for f in (lambda: Decimal('9e999999') * 10, lambda: Decimal(10) ** 1000000, lambda: Decimal('1e30') // 3,
          lambda: Decimal(5) % 0, lambda: Decimal(0) // 0, lambda: Decimal(2).quantize(Decimal('1e-30')),
          lambda: Decimal(0) ** 0, lambda: Decimal(-8) ** Decimal('0.5'), lambda: Decimal(-1).ln()):
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e)
print(Decimal('1e999999') + 1, Decimal('1e-999999') + 1, Decimal('1e100000') - Decimal('1e-100000'))
