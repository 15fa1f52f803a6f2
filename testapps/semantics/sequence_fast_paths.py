# Edges of the list/tuple/set/arithmetic fast paths: repetition, slices with steps,
# exact-type arithmetic next to bools and int/float subclasses, set lookups by str, unpacking.

# Repetition: empty, one item, several items, zero and negative counts, in place, tuples.
for n in (-2, 0, 1, 2, 3, 7, 33):
    print(n, [None] * n == [None for _ in range(n)], len([1, 2, 3] * n), (1, "a") * n == tuple([1, "a"] * n))
print([1, 2, 3] * 5)
print(3 * [[]])
nested = [[]] * 3
nested[0].append(1)
print(nested)
grow = [0, 1]
grow *= 4
print(grow)
alias = grow
alias *= 0
print(grow, alias is grow)
print((7,) * 6, () * 5, (1, 2) * 1)
try:
    [1] * (1 << 70)
except OverflowError as e:
    print("OverflowError", e)
flags = [True] * 17
flags[::3] = [False] * len(flags[::3])
print(flags)

# Slices: steps 1, -1 and others, bounds past the ends, negative bounds, empty results.
seq = list(range(10))
for lo in (None, -12, -3, 0, 2, 9, 15):
    for hi in (None, -11, -2, 0, 4, 10, 20):
        for step in (None, 1, -1, 2, -2, 3, -4):
            got = seq[lo:hi:step]
            assert got == list(tuple(seq)[lo:hi:step]), (lo, hi, step)
print(seq[::-1], seq[7::-1], seq[:3:-1], seq[-1:-4:-1], seq[2:8:3], seq[8:2:-3])
print(seq[3:3], seq[5:2], seq[2:5:-1], seq[100:], seq[:-100])

# Prefix reversal by slice assignment, as a pancake flip.
perm = [3, 0, 4, 1, 2]
flips = 0
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)
perm[1:4] = perm[3:0:-1]
print(perm)
perm[::-1] = perm
print(perm)
try:
    perm[::-2] = [1]
except ValueError as e:
    print("ValueError", e)

# Arithmetic: exact ints and floats, bools, mixed, subclasses with their own operators.
class Mask(int):
    def __or__(self, other):
        return "Mask.__or__"

    def __ror__(self, other):
        return "Mask.__ror__"

class Ratio(float):
    def __add__(self, other):
        return "Ratio.__add__"

print(12 | 3, 12 & 10, 12 ^ 5, -7 // 2, -7 % 3, 2 ** 10, 1 << 65, (1 << 64) | 1, ~5 & 0xFF)
print(True | False, True & True, True ^ True, True + True, True | 2, 3 & True)
print(type(True | False).__name__, type(True & 1).__name__, type(True + True).__name__)
print(Mask(4) | 1, 1 | Mask(4), Mask(4) & 6, type(Mask(4) & 6).__name__)
print(Ratio(1.5) + 1.0, 1.0 + Ratio(2.5), 1.5 * 2.0, 7.0 // 2.0, 7.5 % 2.0)
x = 5
x |= 8
x &= 12
x ^= 1 << 64
print(x)
m = Mask(2)
m |= 1
print(m)
for a, b in ((1, 0), (1.0, 0.0)):
    try:
        a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    1 | 1.0
except TypeError as e:
    print("TypeError", e)

# Sets of strs: exact strs, a str subclass equal to a member, unhashable keys.
class Name(str):
    pass

used = {"a", "bb", "ccc"}
print("bb" in used, "b" + "b" in used, Name("ccc") in used, "d" in used, Name("d") in used)
used.add(Name("d"))
used.discard("a")
print(sorted(used), type([u for u in used if u == "d"][0]).__name__)
try:
    {1, 2} in used
except TypeError as e:
    print("TypeError", e)
print(frozenset({"a"}) in {frozenset({"a"})})

# Unpacking: exact tuples and lists, subclasses, wrong sizes.
class Pair(tuple):
    def __iter__(self):
        yield "from"
        yield "iter"

class Row(list):
    def __iter__(self):
        return iter(["row", "iter"])

a, b = (1, 2)
c, d = [3, 4]
e, f = Pair((5, 6))
g, h = Row([7, 8])
print(a, b, c, d, e, f, g, h)
for bad in ((1, 2, 3), [1], Pair((1, 2, 3))):
    try:
        p, q = bad
        print("unpacked", p, q)
    except ValueError as err:
        print("ValueError", err)

# Truth: bools, None, and the rest.
class Falsy:
    def __bool__(self):
        return False

for v in (True, False, None, 0, 1, "", "x", [], [0], Falsy(), 0.0, 1 << 70):
    print(repr(v) if not isinstance(v, Falsy) else "Falsy()", "yes" if v else "no", not v)

# Unpacking a list into local names reads its items in place: later changes must not show.
def unpack_locals():
    items = [1, 2, 3, 4]
    items.append(5)
    items.pop()
    a, b, c, d = items
    items[0] = "changed"
    items.clear()
    print(a, b, c, d, items)
    rows = [[1, 2], [3, 4], [5, 6]]
    for x, y in rows:
        rows[-1][0] = x * 100
        print(x, y, end="; ")
    print()
    total = 0

    def read():
        return total

    total, extra = [10, 20]
    print(read(), extra)
    try:
        a, b = items
    except ValueError as e:
        print("ValueError", e)
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        print("ValueError", e)
    p, q = Row([1, 2])
    print(p, q)


class Holder:
    pass


def unpack_attrs():
    h = Holder()
    data = [1, 2]
    h.x, h.y = data
    first, data[0] = data
    print(h.x, h.y, first, data)


unpack_locals()
unpack_attrs()
