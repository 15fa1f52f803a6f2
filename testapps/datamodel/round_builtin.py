# round(): ints and floats with ndigits, banker's rounding, __round__ classes and errors.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3), round(3, 2), round(1234, -2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1), round(25, -1), round(10 ** 20 + 5, -1))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(-0.0, 1), round(123.456, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, round(2.5, None))
print(round(1.23456789e-5, 8), round(1e300, -299), round(5e-324, 400), round(1.5, 10 ** 10), round(1.5, -(10 ** 10)))


class Money:
    def __init__(self, v):
        self.v = v

    def __round__(self, n=None):
        return f"round({self.v}, {n})"


print(round(Money(1)), round(Money(2), 3), round(Money(3), ndigits=1))


class NoRound:
    pass


for args in ((NoRound(),), (1.5, "2"), (1.5, 2.0), ("1.5",)):
    try:
        print(round(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1), round(True), round(True, 1))
