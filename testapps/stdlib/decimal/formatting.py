# format() of Decimals: types e E f F g G n %, fill/align/sign/z/width/, and precision.
from decimal import Decimal, localcontext, ROUND_DOWN

values = ['0', '-0', '1234.5', '-1234.5678', '0.000012345', '1e100', '-1E-10', '9.995', 'inf', '-nan', '123456789']
specs = ['', 'f', '.2f', ',.2f', '>12,.1f', '<12', '^12.3', '012,.2f', '+.3e', 'E', '.3g', 'G', '.0%', '%',
         '08.2f', ' .1f', 'z.1f', '*^15,', '=+10.1f', '.0e', '.0f', 'n', '.4n', '010']
for v in values:
    d = Decimal(v)
    print(v, '|'.join(format(d, s) for s in specs))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('-0.004'):z.2f} {Decimal('0.5'):.0f} {Decimal('1.5'):.0f}")
with localcontext(rounding=ROUND_DOWN):
    print(f"{Decimal('1.29'):.1f} {Decimal('-1.29'):.1f}")
for bad in ('#f', '_f', 'x', '.2d', ',n', '.f'):
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), e)
print('{:>10}|{:<10}|{:^10.2f}'.format(Decimal('1.5'), Decimal('-2'), Decimal('3.14159')))
print('%s %r %.2f' % (Decimal('1.10'), Decimal('1.10'), Decimal('1.105')))
