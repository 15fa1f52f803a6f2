# A malformed number string raised uncaught: InvalidOperation listing ConversionSyntax.
from decimal import Decimal

amounts = ['12.50', '7', '3.x']
print(sum(Decimal(a) for a in amounts))
