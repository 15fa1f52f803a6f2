print("shop.pricing.tax runs")
from ..models.item import CURRENCY
from . import discount
from .discount import RATE as DISCOUNT_RATE
VAT = 20


def with_tax(amount):
    return f"{amount + amount * VAT // 100} {CURRENCY} (discount rate {DISCOUNT_RATE})"
