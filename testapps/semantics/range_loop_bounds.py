# for-range loops over exact ints count natively; every other shape of bounds must behave as CPython.
def walk(*args):
    out = []
    for i in range(*args):
        out.append(i)
    return out


def loops(a, b, c):
    seen = []
    for i in range(a):
        seen.append(i)
    for i in range(a, b):
        seen.append(i)
    for i in range(b, a, c):
        seen.append(i)
    return seen


print(loops(3, 7, -2), loops(-2, 2, -1), loops(0, 0, -1))
print(loops(True, 3, -True))
big = 2 ** 63
print(len(walk(big - 3, big)), walk(-big, -big + 2), walk(big - 1, big - 7, -3))
edge = []
for i in range(9223372036854775807 - 2, 9223372036854775807):
    edge.append(i)
for i in range(-9223372036854775807 - 1, 9223372036854775807, 9223372036854775807):
    edge.append(i)
print(edge)
count = 0
for i in range(-big, big - 1, 2 ** 62):
    count += i
print(count)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


print(loops(Index(2), Index(4), Index(-1)))
for bad in [(1, 5, 0), (1.5,), ("3",), (1, None)]:
    try:
        print(loops(*(bad + (2, 1))[:3]) if len(bad) == 3 else walk(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for i in range(3, 5, 0):
        print(i)
except ValueError as e:
    print(type(e).__name__, e)


# Stores into lists of every kind.
class MyList(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        return super().__getitem__(i) * 10


def fill(seq, n):
    for i in range(n):
        seq[i] = i * 1.5
        seq[i] += 1
    return seq


print(fill([0] * 3, 3), fill(MyList([0, 0]), 2))
floats = [1.0, 2.0]
floats[0] = "a string now"
floats.append(None)
print(floats, fill(list((1, 2, 3)), 3))
try:
    fill([0], 2)
except IndexError as e:
    print(type(e).__name__, e)


def shadow():
    range = lambda n: [n, n]
    return [i for i in range(3)]


print(shadow())
range = lambda *a: ["rebound", *a]
print(walk(2, 3))
del range
print(walk(2, 3))
