print("shop.models/__init__ runs")
from .item import describe
