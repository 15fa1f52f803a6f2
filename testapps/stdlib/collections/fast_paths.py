# The native paths of collections: Counter's counting loop, defaultdict's __missing__, deque's
# rotate/reverse, each against the subclass overrides and iteration rules CPython keeps.
from collections import Counter, defaultdict, deque, OrderedDict

# Counter(iterable) and update(iterable) count through _count_elements.
c = Counter("abracadabra")
print(c, c.most_common(2))
c.update(["a", "z", "z"])
c.update(iter(range(3)))
print(c)
c.update({"a": 10})
print(c["a"], c["missing"], len(c))
c2 = Counter([1, 1.0, True, 2])  # equal keys count together, the first one kept
print(c2)
c3 = Counter()
c3["x"] = 2.5
c3.update("xx")
print(c3)


class LoudSet(Counter):
    # __setitem__ overridden: every count goes through it, as CPython's slow path does.
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


LoudSet("aab")


class DoubleGet(Counter):
    # get overridden: the counts are read through it.
    def get(self, key, default=None):
        return 2 * super().get(key, default)


print(DoubleGet("aaa"))


class IgnoredGetItem(Counter):
    # __getitem__ alone does not leave the fast path (CPython checks get and __setitem__ only).
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)


print(dict(IgnoredGetItem("aab")))


class BadHash:
    def __hash__(self):
        raise ValueError("no hash here")


try:
    Counter([1, BadHash()])
except ValueError as e:
    print("ValueError:", e)
try:
    Counter([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    Counter(["a", 1]).update(["a", None, object]) or print("no error")
except TypeError as e:
    print("TypeError:", e)
bad = Counter({"n": None})
try:
    bad.update(["n"])
except TypeError as e:
    print("TypeError:", e)
try:
    Counter(5)
except TypeError as e:
    print("TypeError:", e)

# defaultdict: the factory answers a missing key, stored through self[key] = value.
d = defaultdict(list)
for i, w in enumerate("the cat and the hat and the bat".split()):
    d[w].append(i)
print(d)
print(d.__missing__("new"), "new" in d)
n = defaultdict(int)
for ch in "mississippi":
    n[ch] += 1
print(n, n.default_factory)
nofactory = defaultdict()
try:
    nofactory["k"]
except KeyError as e:
    print("KeyError:", e)
print(nofactory.get("k"), "k" in nofactory)


class Logged(defaultdict):
    def __setitem__(self, key, value):
        print("store", key, value)
        super().__setitem__(key, value)


lg = Logged(lambda: "fresh")
print(lg["a"], lg["a"])


class OwnMissing(defaultdict):
    def __missing__(self, key):
        return key * 2


om = OwnMissing(int)
print(om[21], dict(om))


def boom():
    raise RuntimeError("factory failed")


bd = defaultdict(boom)
try:
    bd["q"]
except RuntimeError as e:
    print("RuntimeError:", e, dict(bd))
try:
    defaultdict(list)[[1]]
except TypeError as e:
    print("TypeError:", e)
counter_dd = defaultdict(list)
counter_dd.default_factory = set
counter_dd["s"].add(1)
print(counter_dd)

# deque rotate in place, both directions, full and partial buffers, with maxlen.
for n in range(-9, 10):
    q = deque(range(7))
    q.rotate(n)
    print(n, list(q), q[0], q[-1])
q = deque(range(8))
q.rotate(3)
q.append(99)
q.appendleft(-1)
print(q)
q = deque(range(16), maxlen=16)
q.rotate(5)
q.append(100)
print(q, q.maxlen)
q.rotate(-21)
print(q)
q.rotate()
print(q)
big = deque(range(1000))
for k in range(200):
    big.rotate(k * 37 - 3000)
print(big[0], big[-1], big[500], sum(big))
e = deque()
e.rotate(5)
print(e)
try:
    q.rotate("x")
except TypeError as e:
    print("TypeError:", e)
q = deque([1, 2, 3, 4])
try:
    for x in q:
        q.rotate(1)
except RuntimeError as e:
    print("RuntimeError:", e)
q = deque([1, 2, 3, 4])
seen = []
for x in q:  # reverse leaves a running iterator going, as in CPython
    q.reverse()
    seen.append(x)
print(seen, q)
q = deque("abcdefghij")
q.reverse()
print(q, q.index("c"), q[3])
del q[2]
q.insert(4, "Z")
print(q)

# OrderedDict reordering and equality.
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys("ace"), od == OrderedDict.fromkeys("eca"), od == dict.fromkeys("eca"))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
lru = OrderedDict()
for i in range(40):
    lru[i % 13] = i
    lru.move_to_end(i % 7, last=(i % 3 == 0)) if (i % 7) in lru else None
    if len(lru) > 8:
        print(lru.popitem(last=False), end=" ")
print()
print(lru, list(reversed(lru)))
while lru:
    lru.popitem(last=bool(len(lru) % 2))
try:
    lru.popitem(last=False)
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
one = OrderedDict(a=1)
one.move_to_end("a", last=False)
print(one)
it = iter(od)
od.move_to_end("a", last=False)
print(od)
