# A package with subpackages and relative imports: import order of __init__ files, dotted
# imports binding the top package, `import a.b as c`, `from p import submodule`, relative
# imports at several depths, `from m import *` with __all__, and a namespace package.
print("main starts", __name__)
import shop.pricing.tax
print("shop bound:", shop.__name__)
print("shop.pricing bound:", shop.pricing.__name__)
print(shop.pricing.tax.with_tax(100))

import shop.models.item as item_module
print(item_module.__name__, item_module.__package__)
print(item_module.describe("pen", 3))

from shop import models
print(models.__name__, models.__package__)
from shop.pricing import tax, discount
print(discount.apply(200))
print(tax.VAT, tax.with_tax(50))

from shop.models.item import *
print(describe("ink", 7))
print(CURRENCY)

from shop.pricing import rules
print(rules.rule_names())

import pkgext.extra.hello
print(pkgext.extra.hello.greet())
print(pkgext.__file__, pkgext.__path__ == pkgext.__path__)

print(shop.__file__)
print(shop.__path__)
print(shop.models.item.__file__)
print(shop.__package__, shop.models.__package__, shop.models.item.__package__)
print(__package__)
print("main ends")
