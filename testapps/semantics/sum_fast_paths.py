# sum() adds runs of exact ints and floats unboxed: overflow past 64 bits, subclasses with their
# own __add__/__radd__, bools, mixes and start values must still give CPython's results.
class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1000)

    def __radd__(self, other):
        return I(int(self) + int(other) + 100)


class F(float):
    def __radd__(self, other):
        return F(float(self) + float(other) + 0.5)

    def __add__(self, other):
        return F(float(self) + float(other) + 0.25)


def gen(n):
    for i in range(n):
        yield i


big = 2 ** 62
print(sum([big, big, big, -big, -big]))
print(sum([big, big, big, -big, -big, -big]))
print(sum([-big, -big, -big, -big - 5]))
print(sum(x * x for x in gen(1000)))
print(sum([1, I(2), 3]), type(sum([1, I(2), 3])).__name__)
print(sum([I(1), 2], I(5)), type(sum([I(1), 2], I(5))).__name__)
print(sum([True, True, 2, False]))
print(sum([True, True]), type(sum([True, True])).__name__)
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3], 0.0), sum([1e308, 1e308, -1e308]))
print(sum([1.5, F(2.0), 3.0]), type(sum([1.5, F(2.0), 3.0])).__name__)
print(sum([F(1.0), 2.0], 1.0), sum([], F(3.0)))
print(sum([1, 2.5, 3, 2 ** 70]), sum([2 ** 70, 1, 2, -2 ** 70]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
print(sum([1, 2], 0.5), sum([0.5, 2 ** 64]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(range(10 ** 6)), sum(range(10), start=7))
try:
    print(sum([1, 2, "a"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(sum([1.0, None]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)


def failing():
    yield 1
    yield 2
    raise KeyError("mid-sum")


try:
    sum(failing())
except KeyError as e:
    print(type(e).__name__, e)
