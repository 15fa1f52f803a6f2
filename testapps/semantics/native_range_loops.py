# for ... in range(...) compiled as a counted loop: every case must still behave as CPython's.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


def loops():
    out = []
    for i in range(5):
        out.append(i)
    for i in range(2, 12, 3):
        out.append(i)
    for i in range(10, -10, -7):
        out.append(i)
    for i in range(5, 2):
        out.append("never")
    print(out, i)


def control():
    for i in range(10):
        if i == 2:
            continue
        if i == 6:
            break
        print("body", i)
    else:
        print("no else after break")
    for i in range(3):
        i += 100
        print("rebound", i)
    for i in range(0):
        pass
    else:
        print("else runs", "i" in locals())


def bounds():
    for i in range(Idx(1), Idx(4)):
        print("idx loop", i)
    big = 2 ** 64
    for i in range(big, big + 3):
        print("big", i)
    for i in range(2 ** 63 - 2, 2 ** 63 + 1):
        print("edge", i)
    for i in range(-2 ** 63, -2 ** 63 + 2):
        print("low edge", i)
    for i in range(9223372036854775800, 9223372036854775807, 3):
        print("near max", i, i + 1, i * 2)
    for bad in [(1, 5, 0), (1.5,), ("3",), (1, 2, 3, 4)]:
        try:
            for i in range(*bad):
                pass
        except Exception as e:
            print(type(e).__name__, e)
    try:
        for i in range(1, 5, 0):
            pass
    except Exception as e:
        print(type(e).__name__, e)
    try:
        for i in range(2.5):
            pass
    except Exception as e:
        print(type(e).__name__, e)
    for i in range(True, 3):
        print("bool bound", i)


def escaping():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    print([f() for f in fs])
    squares = [i * i for i in range(5)]
    print(squares, sum(i for i in range(100)))


def uses_range():
    got = []
    for i in range(3):
        got.append(i)
    return got


loops()
control()
bounds()
escaping()
for k in range(3):
    print("module level", k)
print("after", k)

print(uses_range())
range = lambda *a: ["rebound", *a]
print(uses_range())
del range
print(uses_range())


def rebind():
    global range
    range = lambda *a: iter("xyz")


rebind()
print(uses_range())
del range
print(uses_range())


class Body:
    range = staticmethod(lambda n: ["class", n])
    got = []
    for i in range(2):
        got.append(i)
    print(got)
