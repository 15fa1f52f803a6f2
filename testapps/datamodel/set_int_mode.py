# Sets of exact ints are held unboxed until another kind of key goes in: the order, equality across
# kinds, hashes, __eq__/__hash__ calls and errors must stay CPython's through that change.
import copy
import pickle


class Key:
    eqs = 0
    hashes = 0

    def __init__(self, v, h):
        self.v, self.h = v, h

    def __hash__(self):
        Key.hashes += 1
        return self.h

    def __eq__(self, other):
        Key.eqs += 1
        return other == self.v if isinstance(other, int) else isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"K{self.v}"


def counts(label):
    print(label, Key.eqs, Key.hashes)
    Key.eqs = Key.hashes = 0


class I(int):
    def __repr__(self):
        return f"I({int(self)})"


class S(set):
    pass


# the first key that is not an int, inserted after removals: the table keeps its slots and dummies
for extra in [1.5, True, "s", 2**64, I(7), (1, 2), 3.0, False, I(40)]:
    s = set(range(0, 80, 5))
    for k in range(0, 40, 10):
        s.discard(k)
    s.add(extra)
    s.add(10)
    s.add(72)
    print(s, len(s), 3 in s, 3.0 in s, True in s, s == set(s), s.pop(), s.pop())

# equal keys of other kinds: the int stays, or the first one in stays
print({1, 1.0, True}, {1.0, 1, True}, {True, 1}, {0, False, 0.0}, {1} | {1.0}, {1.0} | {1}, {1} & {1.0, 2.0})
print({1.0, 5} & {1, 5}, {1, 5} & {1.0, 5}, {1, 2} - {2.0}, {1.0} ^ {1, 2}, {1, 2} ^ {1.0})
print({1, 2} == {1.0, 2.0}, {1, 2} <= {2.0, 1.0, 3}, {1, 2}.isdisjoint({1.0}), frozenset({1, 2}) == frozenset({2.0, True}))
print(hash(frozenset({1, 2, 3})) == hash(frozenset({1.0, 2.0, 3.0})), hash(frozenset(range(20))), hash(frozenset({-1, -2})))

# -1 and -2 share a hash; ints far apart share one modulo 2**61 - 1
m = 2**61 - 1
edges = [-1, -2, 2**62, -2**63, 2**63 - 1, m, m + 1, -m, -m - 1, 5 + m, 5, 2**63 - 2, -2**63 + 1, 2 * m, -(2 * m)]
s = set()
for e in edges:
    s.add(e)
print(s, len(s), [e in s for e in edges], -3 in s, 2**63 in s, 6 + m in s)
for e in edges[::2]:
    s.discard(e)
print(s, sorted(s) == sorted(edges[1::2]))
for e in edges[::-1]:
    s.add(e)
print(s)
print({-1, -2} - {-2}, {-2, -1} ^ {-1}, {2**63 - 1} | {-2**63}, set(range(2**63 - 4, 2**63 - 1)), set(range(-2**63, -2**63 + 3)))
print({i * 2**62 for i in range(-3, 4)}, set(i * 2**61 for i in range(-3, 4)), {x * x for x in range(-4, 5)})

# counted __hash__/__eq__ calls of keys that meet ints of the same hash
ints = set(range(10))
counts("start")
print(Key(3, 3) in ints, Key(30, 3) in ints, Key(4, 99) in ints)
counts("contains")
ints.add(Key(3, 3))
ints.add(Key(31, 3))
counts("add")
print(ints, 3 in ints, Key(31, 3) in ints)
counts("after")
ints.discard(Key(5, 5))
print(ints, ints == set(range(10)) - {5} | {Key(31, 3)})
counts("discard")

# errors and iteration
s = set(range(5))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
try:
    {1, 2}.add([3])
except TypeError as e:
    print(e)
try:
    {1, 2}.remove(7)
except KeyError as e:
    print("KeyError", e)
try:
    print([3] in {1, 2})
except TypeError as e:
    print(e)
e = set()
try:
    e.pop()
except KeyError as k:
    print("KeyError", k)
s = {1, "a"}
s.clear()
s.add(2)
s |= {3, 4}
print(s, s.pop(), s)

# subclasses, copies, pickling
a = S(range(6))
a.add(2**70)
print(a, type(a | {1}).__name__, S(range(3)) == {0, 1, 2}, a.copy())
g = frozenset({300, 1, -7})
print(repr(g), g | {2.5}, copy.copy(g) is g, copy.deepcopy({400, 500}), copy.copy({600, 1}))
print(pickle.loads(pickle.dumps({1000, -5, 7})), pickle.dumps({1, 2, 300}, 2) == pickle.dumps({300, 2, 1}, 2))
print(pickle.dumps({1000, -5, 7}, 4), pickle.dumps(frozenset({3, 1, 2}), 0))

# bulk operations across the two kinds of table
mixed = set(range(20)) | {"x"}
pure = set(range(10, 30))
print(mixed & pure, pure & mixed, mixed - pure, pure - mixed, mixed ^ pure, pure | mixed)
print(mixed >= pure, pure <= mixed, pure.isdisjoint(mixed), pure.issubset(range(40)), pure.issuperset([10, 11.0]))
u = set(range(6))
u.update([2.0, 7], range(40, 44), {8: 0})
u.intersection_update(range(50))
u.difference_update({3, 7.0})
u.symmetric_difference_update({1, 100, 40.0})
print(u)
v = set(range(30, 0, -4))
v &= {x for x in range(40) if x % 3}
v -= {10}
v ^= set(range(25, 35))
v |= {1, 2}
print(v, v == frozenset(v), sorted(v) == sorted(list(v)))

# sum, min and max walk an int set natively; overflow, other starts and empty sets as before
big = {2**62, 2**62 + 1, 2**62 + 2, -5}
print(sum(big), sum(big, 0.5), sum({1, 2}, 10), sum(set()), sum({3, 4}, I(1)), sum(set(range(100))))
print(min(big), max(big), min({7}), max(set(range(-3, 4))), max(set(), default="d"), min({5, 6}, key=lambda x: -x))
try:
    min(set())
except ValueError as e:
    print(e)
print(set(x * x for x in range(-3, 4)), set(x / 2 for x in range(4)), set(2**62 * x for x in range(4)), list({10, 20, 3}))


# an __eq__ that changes the set it is compared in
class M:
    calls = 0

    def __init__(self, h, action):
        self.h, self.action = h, action

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        M.calls += 1
        if M.calls < 5:
            self.action()
        return False


for base in (0, 1000):
    for name, act in [("addfloat", lambda: s.add(2.5)), ("clear", lambda: s.clear()), ("grow", lambda: s.update(range(50, 90)))]:
        for how in ("in", "add"):
            s = set(range(base, base + 10))
            M.calls = 0
            m = M(base + 3, act)
            r = m in s if how == "in" else s.add(m)
            print(name, how, r, M.calls, len(s), m in s)
