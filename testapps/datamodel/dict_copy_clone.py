# dict copies and merges of a clean dict clone it (CPython's dict_merge/PyDict_Copy): no key's
# __hash__ or __eq__ runs, the copy keeps the order and the table size (seen by the RuntimeError of
# an insertion while iterating), a str key that equals a str subclass key still finds it.
from collections import defaultdict


class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        K.calls += 1
        return self.v % 3

    def __eq__(self, other):
        K.calls += 100
        return isinstance(other, K) and other.v == self.v

    def __repr__(self):
        return "K(%d)" % self.v


d = {K(i): i for i in range(6)}
K.calls = 0
print(K.calls, d.copy())
K.calls = 0
e = {}
e.update(d)
print(K.calls, e)
K.calls = 0
print(K.calls, dict(d), {**d} == d, K.calls)


class D(dict):
    pass


K.calls = 0
print(K.calls, D(d))
K.calls = 0
print(D([(K(1), 1), (K(4), 2)]), K.calls)

with_hole = {i: str(i) for i in range(30)}
del with_hole[3]
copied = with_hole.copy()
print(copied == with_hole, list(copied)[:5])
for n in (0, 1, 5, 6, 10, 11, 21, 22, 100):
    tuples = {("t", i): i for i in range(n)}
    strs = {"a%d" % i: i for i in range(n)}
    print(n, tuples.copy() == tuples, dict(tuples) == tuples, list(strs.copy()) == list(strs), list(dict(strs)) == list(strs))
for n in (5, 6, 10, 11, 21, 22):
    copied = {i: i for i in range(n)}.copy()
    try:
        for k in copied:
            copied[k + 1000] = 1
    except RuntimeError as ex:
        print(n, "RuntimeError", ex, len(copied))


class S(str):
    def __hash__(self):
        return str.__hash__(self)


mixed = {"w%d" % i: i for i in range(20)}
mixed[S("x")] = "sub"
print(mixed["x"], mixed.get("w7"), "x" in mixed, mixed.copy()["x"])

dd = defaultdict(list)
dd["a"].append(1)
print(dd, dd.default_factory)
print(defaultdict(None, {"x": 1}, y=2))
print(defaultdict(int, [("a", 1)]))
print(defaultdict(default_factory=3))
for bad in ((3,), (list, 1, 2)):
    try:
        defaultdict(*bad)
    except TypeError as ex:
        print("TypeError", ex)
try:
    defaultdict(None)["q"]
except KeyError as ex:
    print("KeyError", ex)


class DD(defaultdict):
    def __init__(self, *args, **kwargs):
        print("DD init", args, kwargs)
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)


q = DD(list, {"z": 1})
q["w"]
print(q, q.default_factory)


class Prop(defaultdict):
    default_factory = property(lambda self: "prop")


r = Prop(lambda: 7)
print(r["k"], dict(r), r.default_factory)
