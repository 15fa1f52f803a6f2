# Locals bound from values of unknown type but used like numbers (stepped by a constant, or
# only computed with, tested and used as indices) are kept unboxed: any other value, a bool,
# a big int or an overflow past 64 bits must behave exactly as in CPython.


def stepped(start):
    r = start
    out = []
    while r != 0 and len(out) < 4:
        out.append(r)
        r -= 1
    r += 1
    return r, out


def indexed(seq, table):
    k = seq[0]
    flips = 0
    while k:
        flips += 1
        if flips > 5:
            break
        k = table[k] if k < len(table) else 0
    return k, flips


def sliced(items):
    k = items[0]
    return items[k:], items[:k + 1], items[::k or 1]


class Num:
    def __init__(self, v):
        self.v = v

    def __sub__(self, other):
        return Num(self.v - other)

    def __add__(self, other):
        return Num(self.v + other)

    def __ne__(self, other):
        return self.v != other

    def __bool__(self):
        return self.v != 0

    def __repr__(self):
        return f"Num({self.v})"


for start in [3, 2**63 + 1, -(2**63), True, 2.5, Num(2)]:
    print(stepped(start))
try:
    print(stepped("abc"))
except Exception as e:
    print(type(e).__name__, e)

print(indexed([2], [0, 0, 1]))
print(indexed([2**64], [0]))
print(indexed([True], [1, 0]))
print(indexed([1.0], [1]))
try:
    print(indexed(["x"], [1]))
except Exception as e:
    print(type(e).__name__, e)
print(sliced([1, 2, 3]), sliced([0, 5]), sliced([True, 1]))
try:
    print(sliced([2.0, 1]))
except Exception as e:
    print(type(e).__name__, e)


def counted_text(words):
    # A str local stepped with += "x" is not a number: it stays an object.
    s = words[0]
    s += "!"
    n = words[1]
    n += 1
    return s, n


print(counted_text(["hi", 41]))
try:
    print(counted_text(["hi", "x"]))
except Exception as e:
    print(type(e).__name__, e)
