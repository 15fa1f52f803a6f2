# An untrapped condition gives a special value; a trapped one raised uncaught prints CPython's traceback.
from decimal import Decimal, getcontext

print(Decimal(1) / Decimal(3))
getcontext().prec = 5
print(Decimal(1) / Decimal(3))


def divide(a, b):
    return Decimal(a) / Decimal(b)


print(divide(10, 4))
print(divide(1, 0))
