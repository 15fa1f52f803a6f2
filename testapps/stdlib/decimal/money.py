# Money arithmetic: quantize to cents with the rounding a ledger asks for, totals, tax, splits.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, getcontext, localcontext

CENT = Decimal('0.01')
prices = [Decimal('19.99'), Decimal('5.005'), Decimal('0.125'), Decimal('1234.565'), Decimal('-2.675')]
for p in prices:
    print(p, p.quantize(CENT, ROUND_HALF_UP), p.quantize(CENT, ROUND_HALF_EVEN), p.quantize(CENT, ROUND_DOWN),
          p.quantize(CENT, rounding=ROUND_CEILING), p.quantize(Decimal('1')), p.quantize(Decimal('1E+1')))

subtotal = sum(prices, Decimal(0))
print('subtotal', subtotal, repr(subtotal))
tax = (subtotal * Decimal('0.0825')).quantize(CENT, ROUND_HALF_UP)
print('tax', tax, 'total', subtotal + tax)
print(f"{subtotal + tax:,.2f} | {Decimal('1234567.891'):>15,.2f} | {Decimal('-0.5'):.0f} | {Decimal('2.5'):.0f}")

# Splitting a bill: the remainder cents go to the first payers.
total = Decimal('100.00')
share = (total / 3).quantize(CENT, ROUND_DOWN)
rest = total - share * 3
shares = [share + CENT if i < rest / CENT else share for i in range(3)]
print(shares, sum(shares))

# Interest compounding monthly, at the default precision and at 50 digits.
balance = Decimal('1000')
rate = Decimal('0.05') / 12
for month in range(12):
    balance = balance * (1 + rate)
print(balance, balance.quantize(CENT))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal(1) / Decimal(7), getcontext().prec)

# Mixed with int; floats only where CPython allows them.
print(Decimal('1.10') + 2, 3 * Decimal('0.1'), Decimal('7') // 2, Decimal('-7') % 3, divmod(Decimal('7.5'), 2))
print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), 0.1 + 0.2 == 0.3)
print(Decimal(0.1), Decimal.from_float(2.5), Decimal('1.5') == 1.5, Decimal('0.1') == 0.1)
for bad in (lambda: Decimal('1.5') + 1.5, lambda: Decimal(1) * '2', lambda: 1.5 - Decimal(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# Percentages and rounding to whole units.
for value in ('0.125', '12.5', '-12.5', '13.5', '2.675'):
    d = Decimal(value)
    print(value, round(d), round(d, 1), round(d, -1), int(d), f"{d:.1%}", f"{d:+.2e}")
