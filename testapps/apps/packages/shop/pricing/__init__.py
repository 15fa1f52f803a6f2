print("shop.pricing/__init__ runs")
from .. import STORE
print("pricing sees", STORE)
