print("shop.pricing.discount runs")
RATE = 10


def apply(amount):
    return amount - amount * RATE // 100
