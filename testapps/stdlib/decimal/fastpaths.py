# The fast paths of decimal (the cached current context, plain-string parsing, exact division,
# quantize, additions of close exponents) against the general ones, with the context changed
# mid-loop, subclassed Decimals, other threads and contextvars contexts.
from decimal import *
import contextvars
import threading

state = 99


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def text():
    k = rnd(12)
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(40 if k < 2 else 6)))
    sign = ['', '-', '+'][rnd(3)]
    if k < 4:
        return sign + digits
    if k < 8:
        return sign + digits + '.' + digits[::-1][:1 + rnd(5)]
    if k == 8:
        return sign + '.' + digits
    if k == 9:
        return sign + digits + '.'
    return [' 1.5', '1_0.5', '1.2.3', '.', '-', '+.', '1e5', '\u0661\u0662.\u0663', '1.5 ', '\u00b2', '-.5',
            '0.', '-0.00', '00012.3400'][rnd(14)]


roundings = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN,
             ROUND_05UP]


class D(Decimal):
    pass


for i in range(1200):
    ctx = Context(prec=[28, 9, 5, 40, 3, 2][rnd(6)], rounding=roundings[rnd(8)], traps=[])
    if rnd(6) == 0:
        ctx.Emax, ctx.Emin = 30, -30
        ctx.clamp = rnd(2)
    setcontext(ctx)
    t1, t2 = text(), text()
    a = Decimal(t1)
    b = D(t2) if rnd(4) == 0 else Decimal(t2)
    r = []
    try:
        r.append(a / b)
    except Exception as e:
        r.append(type(e).__name__)
    try:
        r.append(Decimal(rnd(1000) - 500) / (rnd(64) + 1))
        r.append((a * b).quantize(Decimal((0, (1,), rnd(12) - 8)), rounding=roundings[rnd(8)] if rnd(2) else None))
        r.append(a.quantize(Decimal('0.01')))
        r.append(b / 100 + Decimal('0.99'))
        r.append(a + b * Decimal('1E-' + str(rnd(30))))
    except Exception as e:
        r.append(type(e).__name__)
    if rnd(10) == 0:
        # The current context changed in place, mid-loop.
        getcontext().prec = rnd(10) + 1
        getcontext().rounding = roundings[rnd(8)]
        r.append(a / 7)
    print(i, repr(t1), repr(t2), a, repr(b), type(b).__name__, r,
          sorted(k.__name__ for k, v in getcontext().flags.items() if v))

# Exact quotients at their ideal exponent, and ones too long for the precision.
setcontext(Context(prec=6))
for x, y in [(1, 4), (1234, 100), (100, 1), (6, 3), ('1.20', '0.4'), (1, 1024), (1, 3), (123456789, 1),
             ('1E+5', 8), (7, '0.125'), (0, 5), ('-0', 2), (1, 2 ** 30), (10, 5 ** 8)]:
    q = Decimal(x) / Decimal(y)
    print(x, y, q, q.as_tuple().exponent, getcontext().flags[Inexact], getcontext().flags[Rounded])
    getcontext().clear_flags()
print(Decimal(1) / Decimal(8), D(3) / D(4), type(D(3) / D(4)).__name__)
with localcontext(Emin=-3, Emax=3) as c:
    print(Decimal(1) / 1024, Decimal(1) / 1000000, sorted(k.__name__ for k, v in c.flags.items() if v))
with localcontext(traps=[Inexact]) as c:
    print(Decimal(3) / 4)
    try:
        Decimal(1) / 3
    except Inexact as e:
        print('Inexact', e.args)

# shift keeps only the coefficient's last prec digits.
with localcontext(prec=5):
    print(Decimal('2.7418727E+24').shift(-2), Decimal('27418727').shift(3), Decimal(123).shift(-1))

# The current context per thread and per contextvars Context.
setcontext(Context(prec=10))
out = []


def worker(n):
    out.append((n, str(Decimal(1) / 7)))
    getcontext().prec = n
    out.append((n, str(Decimal(1) / 7), getcontext().prec))


threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 5, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out), getcontext().prec, Decimal(1) / 7)


def in_copy(n):
    before = getcontext().prec
    setcontext(Context(prec=n))
    return before, Decimal(2) / 3


print(contextvars.copy_context().run(in_copy, 4), Decimal(2) / 3, getcontext().prec)
print(contextvars.Context().run(in_copy, 5), Decimal(2) / 3)
for i in range(4):
    with localcontext() as c:
        c.prec = i + 1
        print(Decimal(2) / 3, getcontext() is c)
    print(Decimal(2) / 3)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec, Decimal(2) / 3)
getcontext().rounding = ROUND_DOWN
print(Decimal(2) / 3, Decimal('0.125').quantize(Decimal('0.01')), Decimal(' 7.5 '), Decimal('1_000.5'))

# A tiny operand far below the other's last digit counts only as a sticky digit below both.
for rounding in roundings:
    with localcontext(prec=2, rounding=rounding, traps=[]) as c:
        a = Decimal('509.905')
        print(rounding, [str(a + Decimal('0.452769') * Decimal('1E-%d' % k)) for k in (3, 21, 40)],
              [str(a - Decimal('4.5E-%d' % k)) for k in (3, 21, 40)], str(Decimal('1E+30') - Decimal('1E-30')),
              str(Decimal('-1E+30') + Decimal('1E-30')))
