# decimal's native finite path (_pypack_decimal) and where it hands over to Python: coefficients
# at the long and 10**38 limits, all eight roundings at carries, Emin/Emax, subnormals, clamp,
# trapped conditions raising, ints beyond 64 bits, subclasses, str with and without exponents,
# and the flags each result records.
from decimal import *

state = 4242


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


roundings = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN,
             ROUND_05UP]
signals = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow,
           FloatOperation]


class D(Decimal):
    pass


def coefficient():
    k = rnd(10)
    if k == 0:
        return 0
    if k == 1:
        return 10 ** rnd(20) - 1  # all nines: carries
    if k == 2:
        return 5 * 10 ** rnd(19)  # exact halves
    if k == 3:
        return 9223372036854775807 - rnd(3) + rnd(3)  # around the long limit
    if k == 4:
        return int('9' * (17 + rnd(24)))  # long coefficients
    if k == 5:
        return 10 ** (18 + rnd(3)) + rnd(100)
    return rnd(10 ** (1 + rnd(9)))


def number():
    k = rnd(8)
    e = rnd(12) - 8
    if k == 0:
        e = rnd(60) - 30
    sign = rnd(2)
    text = ('-' if sign else '') + str(coefficient()) + 'E' + str(e)
    if k == 1:
        return rnd(2000000) - 1000000
    if k == 2:
        return D(text)
    return Decimal(text)


def flags(ctx):
    out = ''.join(s.__name__[:3] for s in signals if ctx.flags[s])
    ctx.clear_flags()
    return out


def show(label, f):
    ctx = getcontext()
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e, flags(ctx))
        return
    print(label, repr(r), flags(ctx))


for i in range(1500):
    kind = rnd(8)
    ctx = Context(prec=[28, 9, 5, 18, 19, 38, 40, 3, 1][rnd(9)], rounding=roundings[rnd(8)], traps=[])
    if kind == 0:
        ctx.Emax, ctx.Emin = 20, -20
        ctx.clamp = rnd(2)
    elif kind == 1:
        ctx.Emax, ctx.Emin = 5, -3
    elif kind == 2:
        ctx.traps = [[Inexact], [Rounded], [Subnormal, Underflow], [Overflow], [Clamped]][rnd(5)]
    setcontext(ctx)
    a, b = number(), number()
    if type(a) is int and type(b) is int:
        a = Decimal(a)
    q = Decimal((0, (1,), rnd(16) - 10))
    r = roundings[rnd(8)] if rnd(2) else None
    show('%d add' % i, lambda: a + b)
    show('%d sub' % i, lambda: a - b)
    show('%d mul' % i, lambda: a * b)
    show('%d div' % i, lambda: a / b)
    if type(a) is not int:
        show('%d quantize %s %s' % (i, q, r), lambda: a.quantize(q, rounding=r))
        show('%d cmp' % i, lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
        show('%d str' % i, lambda: (str(a), a.to_eng_string()))

# Construction from text and ints at the edges of the native reader.
setcontext(Context(traps=[]))
for text in ['0', '-0', '+0.000', '123456789012345678', '1234567890123456789', '0000000000000000000000001',
             '.5', '5.', '-.5', '1e5', '1E+05', '-1.5e-3', '1e', '1e+', 'e5', '1.2.3', '1_000', ' 1', '1 ',
             '12345678901234567.8', '123456789012345678.9', '1e999999999999999', '1e-999999999999999',
             '-9223372036854775807', '9223372036854775808', 'Inf', '-nan', 'sNaN12', '\u0661', '']:
    show(repr(text), lambda: Decimal(text))
for value in [0, -1, 2 ** 63 - 1, -2 ** 63 + 1, -2 ** 63, 2 ** 63, -2 ** 64, True, False]:
    show(repr(value), lambda: Decimal(value))

# str of every placement of the point, and exponents around the plain/scientific boundary.
for e in range(-30, 6):
    d = Decimal((rnd(2), (1, 2, 3), e))
    print(e, str(d), d.to_eng_string(), repr(-d))

# Rounding at carries: 0.5-step values in every mode, both signs, quantize and add.
for mode in roundings:
    setcontext(Context(prec=3, rounding=mode, traps=[]))
    row = []
    for t in ['9.995', '-9.995', '99.95', '0.0005', '1.005', '1.015', '-1.025', '999.5', '999.4', '-999.6']:
        x = Decimal(t)
        row.append(str(x + 0))
        row.append(str(x.quantize(Decimal('0.01'))))
    print(mode, ' '.join(row), flags(getcontext()))

# Limits: overflow to infinity or the largest number, subnormal and underflow, clamp, raising traps.
for mode in roundings:
    setcontext(Context(prec=4, rounding=mode, Emax=3, Emin=-3, traps=[]))
    show(mode + ' overflow', lambda: Decimal('9999') * 10)
    show(mode + ' subnormal', lambda: Decimal('0.001') * Decimal('0.12'))
    show(mode + ' underflow', lambda: Decimal('0.001') / 7)
    show(mode + ' clamp', lambda: Context(prec=4, Emax=3, Emin=-3, clamp=1).create_decimal('1E+3') + 0)
    show(mode + ' quantize subnormal', lambda: Decimal('0.000123').quantize(Decimal('1E-6')))
setcontext(Context(prec=5, traps=[Inexact]))
show('trap inexact', lambda: Decimal(1) / 3)
show('trap inexact quantize', lambda: Decimal('1.234').quantize(Decimal('0.1')))
show('exact under trap', lambda: Decimal('1.25') * 4)
setcontext(Context(prec=5, traps=[Rounded]))
show('trap rounded', lambda: Decimal('123456') + 0)
show('trap rounded quantize', lambda: Decimal('1.20').quantize(Decimal('0.1')))
setcontext(Context(prec=5, Emax=9, Emin=-9, traps=[Overflow, Underflow]))
show('trap overflow', lambda: Decimal('1E9') * 100)
show('trap underflow', lambda: Decimal('1E-9') / 1000000)

# A context subclass and Decimal subclasses take the Python path and give the same answers.
class C(Context):
    pass


setcontext(C(prec=6, rounding=ROUND_HALF_UP))
show('context subclass', lambda: (Decimal('1.234565') + 1, Decimal(2) / 3, D('2.5') * D(3), type(D(1) + D(2))))
setcontext(Context())
x = D('1.5')
show('subclass ops', lambda: (type(x + 1), type(1 + x), type(x.quantize(Decimal(1))), x == Decimal('1.50'), str(x)))

# Equal values hash alike (int, float, Fraction) whichever path made them.
from fractions import Fraction
for t in ['1.5', '2.50', '-0.125', '100', '1E+2', '0.1']:
    d = Decimal(t) + 0
    print(t, hash(d) == hash(Fraction(t)), d == Fraction(t), hash(Decimal(t) * 1) == hash(d))
print(hash(Decimal(100)) == hash(100), hash(Decimal('0.5')) == hash(0.5))
print(getcontext())

# quantize's arguments: a context given, ints as exponents, bad roundings and exponents refused.
banker = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
for t in ['2.345', '-2.355', '123456789.5', '0.0049']:
    show('quantize ' + t, lambda: (Decimal(t).quantize(Decimal('0.01'), context=banker),
                                   Decimal(t).quantize(Decimal('0.01'), ROUND_UP, banker),
                                   Decimal(t).quantize(1), Decimal(t).quantize(Decimal('1E+1'), rounding=ROUND_FLOOR)))
print(banker.flags[Inexact], banker.flags[Rounded], banker.flags[InvalidOperation])
show('bad rounding', lambda: Decimal('1.5').quantize(Decimal(1), rounding='ROUND_SIDEWAYS'))
show('rounding not str', lambda: Decimal('1.5').quantize(Decimal(1), rounding=3))
show('exp str', lambda: Decimal('1.5').quantize('1'))
show('exp float', lambda: Decimal('1.5').quantize(1.0))
show('bad context', lambda: Decimal('1.5').quantize(Decimal(1), context=3))
for t in ['-1', '-1.0', '1E+30', '-7.5E-20', '123456789012345678', '0.000', '-0']:
    d = Decimal(t)
    print(t, hash(d), hash(d) == hash(Fraction(d)), hash(d) == hash(float(d)) if d == float(d) else '')
