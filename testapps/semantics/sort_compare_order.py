# list.sort and sorted compare in CPython's listsort order whenever '<' can be seen:
# the count and sequence of __lt__ calls, the pair a TypeError names, NaN's placement,
# and the partly sorted list a failed sort leaves.
LOG = []


class K:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        LOG.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return "K(%r)" % self.v


def lcg(n, mod, seed=12345):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % (1 << 31)
        out.append(x % mod)
    return out


def digest(log):
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h


def check(name, values, **kw):
    LOG.clear()
    items = [K(v, i) for i, v in enumerate(values)]
    out = sorted(items, **kw)
    stable = [k.tag for k in out]
    print(name, len(values), "compares:", len(LOG), "digest:", digest(LOG))
    print("  first:", LOG[:12])
    print("  last:", LOG[-6:])
    print("  order:", stable[:16], "...", stable[-4:])


check("tiny", [3, 1, 2])
print("  log:", LOG)
check("small", [5, 2, 8, 1, 9, 3])
print("  log:", LOG)
check("random", lcg(300, 1000))
check("random-dups", lcg(257, 7))
check("sorted", list(range(200)))
check("reversed", list(range(200, 0, -1)))
check("equal", [4] * 150)
check("runs", list(range(0, 100)) + list(range(50, 150)) + list(range(25, 75)) + list(range(300, 200, -1)))
check("sawtooth", [i % 37 for i in range(400)])
check("gallop", list(range(0, 600, 2)) + list(range(1, 80, 2)) + list(range(1000, 1300)))
check("random-rev", lcg(180, 50, seed=99), reverse=True)
check("key", lcg(150, 40, seed=7), key=lambda k: K(-k.v, k.tag))

# list.sort in place: the same sequence
LOG.clear()
vals = [K(v, i) for i, v in enumerate(lcg(90, 20, seed=3))]
vals.sort()
print("in place", len(LOG), digest(LOG), [k.v for k in vals][:10])

# the first pair CPython compares decides which TypeError is raised
for data in ([1, 2, "a", 3], ["b", "a", 1], [3, 1, 2, 0, "a", 0], [2.5, None, 1], list(range(70)) + ["x"] + list(range(5))):
    try:
        sorted(data)
    except TypeError as e:
        print("TypeError:", e)
    work = list(data)
    try:
        work.sort()
    except TypeError:
        print("  left as", work[:6], work[-6:])
    work = list(data)
    try:
        work.sort(reverse=True)
    except TypeError:
        print("  reverse left as", work[:6], work[-6:])
    work = list(data)
    try:
        work.sort(key=lambda x: x)
    except TypeError:
        print("  keyed left as", work[:6], work[-6:])

# NaN has no order: where it ends up depends on the comparisons made
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, -1.0]))
print(sorted([5, 3, nan, 4, 1, 2, 0]))
print(sorted([(2, nan), (1, 0.0), (2, 1.0), (0, nan), (2, -1.0)]))

# tuples whose later items are observable
LOG.clear()
pairs = [(v % 3, K(v, i)) for i, v in enumerate(lcg(80, 11, seed=5))]
pairs.sort()
print("tuples", len(LOG), digest(LOG), [(a, b.v) for a, b in pairs[:6]])


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        LOG.append(("eq", self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        LOG.append(("lt", self.v, other.v))
        return self.v < other.v


LOG.clear()
rows = sorted([(1, Eq(3)), (0, Eq(1)), (1, Eq(2)), (1, Eq(3)), (0, Eq(0))])
print([(a, b.v) for a, b in rows])
print(LOG)


# a subclass of int that counts: its comparisons are seen too
class CountingInt(int):
    calls = 0

    def __lt__(self, other):
        CountingInt.calls += 1
        return int(self) < int(other)


xs = [CountingInt(v) for v in lcg(120, 30, seed=11)]
xs.sort()
print("CountingInt", CountingInt.calls, xs[:8])

# a comparison that sorts inside itself
class Nested:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        inner = sorted([K(3, 0), K(1, 1), K(2, 2)])
        return self.v < other.v and inner[0].v == 1


LOG.clear()
print([n.v for n in sorted([Nested(v) for v in [4, 1, 3, 2]])], len(LOG))


# one type for all keys: CPython calls its __lt__ directly, then the whole protocol on NotImplemented
class G:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        LOG.append(("lt", self.v, other.v))
        return NotImplemented

    def __gt__(self, other):
        LOG.append(("gt", self.v, other.v))
        return self.v > other.v


class H(G):
    pass


LOG.clear()
print([g.v for g in sorted([G(2), G(1), G(3)])], LOG)
LOG.clear()
print([g.v for g in sorted([G(2), H(1), G(3)])], LOG)
