print("shop.models.item runs")
__all__ = ["describe", "CURRENCY"]
CURRENCY = "EUR"
hidden = "not exported"


def describe(name, count):
    return f"{count} x {name} ({CURRENCY})"
