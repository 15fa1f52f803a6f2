# An invoicing script: line items with quantities, discounts and tax per category, rounded to cents
# half-up as invoices are; a ledger of payments; a summary table; and a bad amount reported.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, InvalidOperation, localcontext
from collections import defaultdict
import csv, io

CENT = Decimal('0.01')
TAX = {'food': Decimal('0.07'), 'goods': Decimal('0.2'), 'service': Decimal('0.155')}

ITEMS = """sku,category,qty,unit,discount
A-100,goods,3,19.99,0.10
B-200,food,12,0.375,0
C-300,service,1.5,80.00,0.05
D-400,goods,1,1999.995,0.15
E-500,food,7,2.49,0.033
F-600,service,0.25,120,0
"""


def money(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class Invoice:
    def __init__(self, number):
        self.number = number
        self.lines = []

    def add(self, sku, category, qty, unit, discount):
        gross = qty * unit
        net = money(gross * (1 - discount))
        tax = money(net * TAX[category])
        self.lines.append((sku, category, qty, unit, net, tax))

    @property
    def net(self):
        return sum((line[4] for line in self.lines), Decimal('0.00'))

    @property
    def tax(self):
        return sum((line[5] for line in self.lines), Decimal('0.00'))

    def render(self):
        out = ['Invoice %s' % self.number]
        for sku, category, qty, unit, net, tax in self.lines:
            out.append(f"{sku:<6} {category:<8} {qty:>6} x {unit:>9,.3f} = {net:>10,.2f}  tax {tax:>8,.2f}")
        out.append(f"{'net':<36}{self.net:>10,.2f}")
        out.append(f"{'tax':<36}{self.tax:>10,.2f}")
        out.append(f"{'total':<36}{self.net + self.tax:>10,.2f}")
        return '\n'.join(out)


invoice = Invoice('2024-0042')
for row in csv.DictReader(io.StringIO(ITEMS)):
    invoice.add(row['sku'], row['category'], Decimal(row['qty']), Decimal(row['unit']), Decimal(row['discount']))
print(invoice.render())

by_category = defaultdict(Decimal)
for sku, category, qty, unit, net, tax in invoice.lines:
    by_category[category] += net + tax
for category in sorted(by_category):
    share = by_category[category] / (invoice.net + invoice.tax) * 100
    print(f"{category:<8} {by_category[category]:>10,.2f} {share:>6.2f}%")

# Payments in instalments: equal parts, the last absorbs the rounding difference.
total = invoice.net + invoice.tax
parts = 7
part = (total / parts).quantize(CENT, rounding=ROUND_HALF_EVEN)
plan = [part] * (parts - 1) + [total - part * (parts - 1)]
print(plan, sum(plan) == total)

ledger = [('2024-01-05', 'opening', Decimal('1500.00')), ('2024-01-09', 'invoice', -total),
          ('2024-01-20', 'payment', plan[0]), ('2024-02-01', 'fee', Decimal('-2.50')),
          ('2024-02-03', 'interest', money(Decimal('1500') * Decimal('0.0425') / 12))]
balance = Decimal(0)
for date, what, amount in ledger:
    balance += amount
    print(f"{date} {what:<9} {amount:>+12,.2f} {balance:>12,.2f}")
print('negative' if balance < 0 else 'positive', abs(balance), -balance, balance.copy_abs().sqrt().quantize(CENT))

with localcontext() as ctx:
    ctx.prec = 6
    print('rate', Decimal(1) / Decimal(3), (total / 12).quantize(Decimal('1.000')))

seen = {Decimal('10'): 'ten', Decimal('10.00'): 'ten again', 10: 'int ten'}
print(seen, len({Decimal('0.5'), 0.5, Decimal('0.50')}))
for text in ('12.5O', '1,000.00', ' 7 '):
    try:
        print(money(Decimal(text)))
    except InvalidOperation as e:
        print('bad amount', repr(text), e)
