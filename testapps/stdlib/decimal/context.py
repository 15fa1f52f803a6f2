# Contexts: attributes, reprs, flags and traps, localcontext, templates, errors for bad values.
import decimal
from decimal import *

print(repr(getcontext()))
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_CONTEXTVAR)
for cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
            DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(InvalidOperation, ArithmeticError))

c = Context(prec=5, rounding=ROUND_HALF_UP, Emin=-10, Emax=10, capitals=0, clamp=1, traps=[Overflow], flags=[])
print(c, c.Etiny(), c.Etop())
print(c.create_decimal('3.14159265'), c.create_decimal('-1.23456e-3'), c.flags[Inexact], c.flags[Rounded])
print(c.flags)
c.clear_flags()
print(c.add(1, Decimal('0.00001')), c.divide(2, 3), c.power(2, 10), c.sqrt(Decimal(2)), c.to_sci_string(Decimal('1e-12')))
try:
    c.multiply(Decimal('99999'), Decimal('1e10'))
except Overflow as e:
    print('Overflow', e.args, isinstance(e, Inexact))
print(c)

ctx = getcontext()
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = True
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__, e)
ctx.traps[InvalidOperation] = False
print(Decimal('abc'), Decimal(0) / 0, Decimal('inf') - Decimal('inf'), Decimal(-1).sqrt())
ctx.traps[InvalidOperation] = True
ctx.traps[FloatOperation] = True
print(Decimal('0.5') == 0.5)
try:
    Decimal(0.5)
except FloatOperation as e:
    print('FloatOperation', e)
try:
    Decimal(1) < 1.5
except FloatOperation as e:
    print('FloatOperation', e)
ctx.traps[FloatOperation] = False
ctx.clear_flags()

with localcontext(prec=3, rounding=ROUND_DOWN) as lc:
    print(Decimal(2) / 3, lc.prec, getcontext() is lc)
print(Decimal(2) / 3)
with localcontext(ExtendedContext) as lc:
    print(Decimal(1) / 0, lc.flags[DivisionByZero])
setcontext(BasicContext)
print(getcontext().prec, getcontext() is BasicContext)
setcontext(DefaultContext)

for bad in (lambda: Context(prec=0), lambda: Context(rounding='UP'), lambda: Context(Emax=-1),
            lambda: Context(capitals=2), lambda: setattr(getcontext(), 'prec', '5'),
            lambda: localcontext(precision=3), lambda: Context(traps={Inexact: True}),
            lambda: getcontext().flags['x'], lambda: setcontext(5), lambda: Decimal('1', 5),
            lambda: Decimal(1).quantize(Decimal(1), rounding='X')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

c2 = getcontext().copy()
c2.prec = 10
print(c2.prec, getcontext().prec, c2 == c2)
import copy, pickle
print(copy.copy(c2).prec, pickle.loads(pickle.dumps(c2)))
print([n for n in dir(decimal) if not n.startswith('_')])
