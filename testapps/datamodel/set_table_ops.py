# Every set operation on int, str, tuple and mixed keys, printed in table order (which depends on
# table sizes, probing and deletion history), with subclasses and a key that counts __eq__/__hash__.

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
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"K{self.v}"


def counts(label):
    print(label, Key.eqs, Key.hashes)
    Key.eqs = Key.hashes = 0


class S(set):
    pass


class F(frozenset):
    pass


def ops(a, b):
    print(a | b, a & b, a - b, a ^ b)
    print(a.union(b, [1]), a.intersection(b), a.difference(b, ()), a.symmetric_difference(b))
    print(a <= b, a < b, a >= b, a > b, a == b, a != b, a.isdisjoint(b), a.issubset(b), a.issuperset(b))


ints = set(range(0, 40, 3))
ops(ints, set(range(0, 40, 5)))
strs = {"s%d" % i for i in range(12)}
ops(strs, frozenset("s%d" % i for i in range(6, 20)))
tups = {(i, i % 3) for i in range(10)}
ops(tups, {(i, i % 3) for i in range(5, 15)})
mixed = {1, 1.0, True, "1", (1,), -1, -2, 2**64, 2**64 + 1, 0.5, frozenset({1})}
ops(mixed, {1, 2.0, "2", (1,), 2**64})
ops(ints, ints)

# deletions leave dummies that later insertions reuse (the last one on the probe)
s = set(range(1, 6))
for k in range(1, 6):
    s.discard(k)
s.add(33)
s.add(2)
print(s)
t = {"k%d" % i for i in range(20)}
t ^= t.copy()
for i in range(100, 110):
    t.add("k%d" % i)
print(t, len(t))
u = set(range(100))
u -= set(range(0, 100, 2))
print(u)
u &= set(range(50))
print(u, u.pop(), u.pop(), u)
u.update({"a": 1, "b": 2}, [7, 8], "xy")
u.difference_update({"a": 1}, [7])
u.symmetric_difference_update({"b": 0, "c": 0})
u.intersection_update(u, range(60), [5, 9, "x", "c", 11, 7])
print(u)
print(set(dict.fromkeys(range(20, 0, -3))), frozenset({3: 1, 1: 2}), {x % 7 for x in range(30)})
print(ints | ints, ints.union(ints), ints & ints, ints - ints, ints ^ ints)

# subclasses: results of operators are the base type; frozenset(x) copies a subclass
sa, fb = S(range(5)), F(range(3, 8))
print(type(sa | fb).__name__, type(fb | sa).__name__, type(fb & sa).__name__, type(sa.copy()).__name__,
      type(fb.copy()).__name__, type(frozenset(fb)).__name__, fb.copy() is fb, frozenset(fb) is fb)
f = frozenset(range(3))
print(frozenset(f) is f, f.copy() is f, sa ^ fb, fb - sa, sa <= S(range(9)), fb == frozenset(range(3, 8)))


class IterSet(set):
    def __iter__(self):
        print("IterSet.__iter__")
        return super().__iter__()


print(set(range(3)).isdisjoint(IterSet([5])), set(range(3)) | IterSet([9]))

# __eq__/__hash__ calls: none when identity or hash tell, a dict's keys bring their stored hash
keys = [Key(i, i % 4) for i in range(8)]
counts("start")
ks = set(keys)
counts("build")
print(len(ks), Key(3, 3) in ks, Key(9, 1) in ks)
counts("contains")
d = dict.fromkeys(keys)
counts("dict")
ks2 = set(d)
counts("set(dict)")
ks2.update(d)
counts("update(dict)")
print(ks.difference(d), ks.symmetric_difference(d), ks.difference({keys[0]: 0}))
counts("difference dict")
print(len(ks | ks2), len(ks & ks2), ks <= ks2, ks == ks2, ks.isdisjoint(ks2))
counts("set ops")
print(ks.issuperset([Key(0, 0), Key(99, 3), Key(1, 1)]))
counts("issuperset stops")
fa, fb2 = frozenset(keys[:4]), frozenset(keys[4:])
print(hash(fa) == hash(fb2), fa == fb2)
counts("frozen ==")
ks.discard(keys[2])
ks.add(Key(2, 2))
counts("discard/add")
print(ks)

# errors
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.add([])
except TypeError as e:
    print(e)
print({frozenset({1})} >= {frozenset({1})}, {1} in {frozenset({1})})
try:
    frozenset().union(1)
except TypeError as e:
    print(e)
