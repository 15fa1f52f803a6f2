# Slices of lists with int, None and other bounds; `in` with int operands; and/or/not as conditions.
# These take fast paths (no slice object for an exact list, no int object for a set lookup) that
# must give CPython's results in every case the fast path does not cover.


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


class Logged(list):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)


def slices():
    a = list(range(10))
    n = 3
    print(a[:], a[n:], a[:n], a[::n], a[n::-1], a[-n:], a[:-n], a[::-1], a[n:n], a[8:2], a[8:2:-2])
    print(a[-100:100], a[100:], a[:-100], a[2**70:], a[-2**70:3], a[::2**70], a[::-2**70])
    print(a[Index(2):Index(5)], a[None:None:None], a[True:5])
    big = 2**63
    print(a[big - 1:], a[-big:2], a[:-big], a[::-(big - 1)], a[::-big])
    for bad in [1.5, "x"]:
        try:
            print(a[bad:])
        except Exception as e:
            print(type(e).__name__, e)
    try:
        print(a[::0])
    except Exception as e:
        print(type(e).__name__, e)
    b = a[:]
    b[2:5] = ["x"]
    print(b, a)
    b[:0] = b
    print(b)
    b[::2] = range(len(b[::2]))
    print(b)
    try:
        b[::3] = [1, 2]
    except Exception as e:
        print(type(e).__name__, e)
    try:
        b[1:2] = 5
    except Exception as e:
        print(type(e).__name__, e)
    k = 4
    c = list(range(8))
    c[:k + 1] = c[k::-1]
    print(c)
    c[n:] = (9, 8)
    print(c)
    t = tuple(range(6))
    print(t[1:n], "abcdef"[n:], "abcdef"[::-1], range(10)[n::2])
    s = Logged([1, 2, 3, 4])
    print(s[1:n], s[::-1])
    s[:2] = [7]
    print(s)


def membership():
    cols = {1, 2, 3}
    floats = {1.0, 2.5}
    row = 1
    for col in range(4):
        print(col, col in cols, col not in cols, row + col in cols, col in floats, col * 1.0 in cols)
    print(True in cols, 2**64 in {2**64}, 2**64 + 1 in {2**64}, -1 in {-1}, -2 in {-1})
    fs = frozenset([5, 6])
    print(5 in fs, row + 4 in fs, row + 5 in fs)

    class Odd(set):
        def __contains__(self, x):
            print("contains", x)
            return x % 2 == 1

    o = Odd([2])
    print(row + 1 in o, row in o)
    print(row in [1, 2], row + 1 in (2,), row in {1: "a"}, row - 1 in range(3))
    try:
        print(row in 5)
    except Exception as e:
        print(type(e).__name__, e)
    big = 2**62
    print(big * 4 in {2**64}, big * 4 - 1 in {2**64})

    class Same:
        def __hash__(self):
            return 7

        def __eq__(self, other):
            print("eq", other)
            return other == 7

    print(row + 6 in {Same()}, row + 7 in {Same()})


class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool", self.name)
        return self.value


def conditions():
    a, b, c = Loud("a", False), Loud("b", True), Loud("c", False)
    if a or b:
        print("or taken")
    if a and b:
        print("and taken")
    if not a and (b or c):
        print("mixed taken")
    while not (a or c):
        print("while taken")
        break
    x = 1 if a or b else 2
    print(x)
    n = 2**62
    for m in [n, -n, 3]:
        y = m * 2 if m > 0 else m * 4
        print(y, (m + m if not m % 2 else m - 1) + 1)
    print([v for v in range(10) if v % 2 and not v % 3 or v == 4])


slices()
membership()
conditions()
