# Small dicts of str/int keys are scanned instead of hashed (PyPack); every observable
# behaviour must stay CPython's: equal-hash keys, keys with user __eq__/__hash__, deletion,
# mutation during iteration, mixed key types, growth past the small size.


class Loud:
    """A key whose hash equals an int's and whose __eq__ reports each call."""

    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("  eq", self.name, "vs", repr(other))
        return isinstance(other, Loud) and other.h == self.h and other.name == self.name

    def __repr__(self):
        return "Loud(%s)" % self.name


# -1 and -2 have the same hash: lookups meet them in insertion order.
d = {-1: "a", -2: "b", "x": 1}
print(d[-1], d[-2], d["x"], hash(-1) == hash(-2))
print("lookup of a Loud key with hash -2:")
print(Loud(-2, "q") in d)
d[Loud(-2, "k")] = "loud"
print("after adding a Loud key:", len(d))
print(Loud(-2, "k") in d)
print(d.get(Loud(-2, "zz"), "missing"))

# Deleting then re-adding keys of equal hash, then looking up with a noisy key.
e = {-1: 1, -2: 2, 3: 3}
del e[-1]
e[-1] = 10
print(list(e.items()))
print("noisy lookup:", Loud(-2, "n") in e)
print(e[-1], e[-2])

# A key that mutates its hash: found only through its stored hash, as in CPython.
class Mutable:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self is other


m = Mutable(1)
f = {"a": 1, m: 2}
m.h = 2
print(m in f, f.get(m))
m.h = 1
print(m in f, f.get(m))

# str and int keys with equal values in other types.
g = {1: "int", "1": "str", 2: "two"}
print(g[1], g["1"], g[2.0], 1.0 in g, True in g, g.get(False))
g[True] = "bool"
print(g)

# Growth past the small size and back after deletions.
h = {}
for i in range(12):
    h["k%d" % i] = i
for i in range(0, 12, 2):
    del h["k%d" % i]
print(h, len(h))
h2 = dict(h)
h2["new"] = 1
print(h2)
print(h2.pop("k1"), h2.pop("absent", None), h2)
while h2:
    print(h2.popitem(), end=" ")
print()

# Insertions and deletions during iteration: the same errors as CPython.
for case in range(3):
    s = {"a": 1, "b": 2, "c": 3}
    try:
        for k in s:
            if case == 0:
                s["z"] = 0
            elif case == 1:
                s.pop("c", None)
                s["y"] = 9
            else:
                s[k] = 5
        print("ok", s)
    except RuntimeError as ex:
        print(type(ex).__name__, ex, s)

# Equality and copies between small and large dicts.
small = {"a": 1, "b": 2}
big = {"k%d" % i: i for i in range(20)}
big2 = {}
big2.update(big)
print(small == {"b": 2, "a": 1}, big == big2, small.copy(), {**small, "c": 3})
for k in list(big):
    if k != "k3":
        del big[k]
print(big, big == {"k3": 3})
print(dict.fromkeys("abc"), dict(zip([1, 2, 3], "xyz")))
# setdefault and clear on a small dict
t = {"x": 1}
print(t.setdefault("y", 2), t.setdefault("x", 9), t)
t.clear()
t[Loud(5, "after-clear")] = 1
print(len(t), 5 in t)
