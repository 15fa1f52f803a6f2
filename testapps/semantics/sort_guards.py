# The sort's fast paths (radix on int/float/str prefixes, native tuple items) against what
# Python's '<' gives, and the list's state while and after it is sorted.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# Stability and reverse stability on every prefix kind, big enough for the radix path.
recs = [((i * 7919) % 13, "k%d" % ((i * 31) % 17), float((i * 11) % 5) - 2.0, i) for i in range(300)]
a = sorted(recs, key=lambda r: r[0])
print([r[3] for r in a[:12]], [r[3] for r in a[-6:]])
a = sorted(recs, key=lambda r: r[0], reverse=True)
print([r[3] for r in a[:12]], [r[3] for r in a[-6:]])
a = sorted(recs, key=lambda r: r[1], reverse=True)
print([r[3] for r in a[:12]], [r[3] for r in a[-6:]])
a = sorted(recs, key=lambda r: r[2])
print([r[3] for r in a[:12]], [r[3] for r in a[-6:]])
a = sorted(recs, key=lambda r: (r[1], -r[0]), reverse=True)
print([r[3] for r in a[:12]], [r[3] for r in a[-6:]])
a = sorted(recs, key=lambda r: (r[2], r[1]))
print([r[3] for r in a[:12]], [r[3] for r in a[-6:]])

# Negative ints, the 64-bit edges, and a big int among them (no prefix: Python's '<').
nums = [((i * 2654435761) % 1000003) - 500000 for i in range(200)]
nums += [2**63 - 1, -2**63, 0, -1]
print(sorted(nums)[:5], sorted(nums)[-3:])
print(sorted(nums + [2**70, -2**70])[:3], sorted(nums + [2**70])[-2:])

# Floats: -0.0 and 0.0 are equal (the sort keeps their order), infinities, tiny values.
fl = [0.0, -0.0, 1e-300, -1e-300, float("inf"), float("-inf"), 2.5, -2.5] * 20
r = sorted(fl)
print(r[:3], r[38:44], r[-2:])
print([str(x) for x in sorted([0.0, -0.0, 0.0, -0.0] * 20)[:6]])
print([str(x) for x in sorted([-0.0, 0.0, -0.0] * 30, reverse=True)[:6]])
# NaN leaves the order to the algorithm's own comparisons; a NaN-free level still sorts by the prefixes.
print(sorted([(float("nan"), 1)] + [(1.0, i % 3) for i in range(100)])[-1])

# Strs: shared prefixes, prefixes of each other, NUL, surrogates against the private use area.
words = ["name%d" % (i % 97) for i in range(300)] + ["name", "name\0", "nam", "name\0\0", "name12345"]
w = sorted(words)
print(w[:8], w[-3:])
print([ascii(s) for s in sorted(["\ue000", "\uffff", "\U0001f600x", "\U0001f600", "a", "\ud7ff"] * 20)[::20]])

# bool keys are ints but not exact ints: Python's '<' (same order).
print(sorted(range(100), key=lambda i: i % 3 == 0)[:5])

# An int subclass with its own __lt__ is asked.
class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([Rev(i) for i in range(100)])[:5])
print(sorted([(Rev(i % 4), i) for i in range(100)])[:5])

# A str subclass among strs: the general path.
class S(str):
    pass


print(sorted(["b", S("a"), "c"] * 30)[:4])

# Comparisons that raise TypeError, with CPython's message.
show("mixed", lambda: sorted([1, "a", 2] * 30))
show("tuple mixed", lambda: sorted([(1, 2), (1, "a")] * 40))
show("none", lambda: sorted([None, None]))
show("tuple none", lambda: sorted([("a", None), ("a", None)] * 40))

# A key function raising: the list is left as it was.
data = list(range(100, 0, -1))


def bad(x):
    if x == 3:
        raise KeyError(x)
    return x


show("key raises", lambda: data.sort(key=bad))
print(data[:5])

# While sorted, the list looks empty; changing it raises ValueError and the change is dropped.
data = [3, 1, 2]
seen = []


def peek(x):
    seen.append((len(data), list(data)))
    return x


data.sort(key=peek)
print(seen, data)


def grow(x):
    data.append(x)
    return x


show("append", lambda: data.sort(key=grow))
print(data)


def clear(x):
    data.clear()
    return x


show("clear", lambda: data.sort(key=clear))
print(data)


def both(x):
    data.append(0)
    raise RuntimeError("key failed")


show("both", lambda: data.sort(key=both))
print(data)

# sorted() works on a copy: changing the source meanwhile is allowed.
src = [5, 4, 3]
print(sorted(src, key=lambda x: src.append(x) or x), len(src))

# A comparison that changes the list.
class Meddle:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        data.append(1)
        return self.v < other.v

    def __repr__(self):
        return "M%d" % self.v


data = [Meddle(2), Meddle(1)]
show("meddle", lambda: data.sort())
print(data)

# A sort inside a key function sorting another list.
inner = []


def nested(x):
    inner.append(sorted(range(x % 5 * 30, 0, -1))[:2])
    return -x


print(sorted(range(80), key=nested)[:4], inner[:3])

# Tuple keys level by level: each item position radix-sorted within the runs the one before left,
# shorter tuples first, strs that do or do not fit the packed units, floats and ints after strs.
def digest(rows):
    return sum((i + 1) * r[-1] for i, r in enumerate(rows)) % 1000003


x = 7
shapes = []
for i in range(600):
    x = (x * 1103515245 + 12345) % 2147483648
    a = x % 5
    b = "w%d" % (x % 7) if i % 3 else "w%d%s" % (x % 7, "long" * (x % 3))
    c = (x % 11) / 4 - 1
    d = -(x % 3)
    shapes.append((a, b, c, d, i))
for key in (
    lambda r: (r[0], r[1]),
    lambda r: (r[1], r[0]),
    lambda r: (r[0], r[2], r[3]),
    lambda r: (r[2], r[0], r[1], r[3]),
    lambda r: (r[0],) if r[4] % 4 == 0 else (r[0], r[3]),
    lambda r: (r[1], r[3]) if r[4] % 5 else (r[1], r[3], "x"),
    lambda r: (r[3], r[0] * 2**62),
    lambda r: (r[0], "a\0b" if r[4] % 2 else "a", r[3]),
    lambda r: (r[3], r[0] if r[4] % 7 else float(r[0])),
):
    print(digest(sorted(shapes, key=key)), digest(sorted(shapes, key=key, reverse=True)))
