# dict views: set operations, reversed, mapping attribute, live updates and comparisons.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, {"b"} <= k, k >= {"a", "b"})
print(it & {("a", 1), ("b", 5)}, it - {("c", 3)}, ("a", 1) in it, ("a", 2) in it, ["a", 1] in it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping, type(k.mapping).__name__, k.mapping["a"])
d["d"] = 4
print(len(k), list(v)[-1], k == {"a", "b", "c", "d"}, v == v, k.isdisjoint(["x"]))
del d["a"]
print(k, v, it)
try:
    for key in d.keys():
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    hash(d.keys())
except TypeError as e:
    print(type(e).__name__, e)
print({1: "x"}.keys() == {1}, {1: "x"}.items() == {(1, "x")}, {}.keys() == set())
print(sorted(d.keys() | {"zz"}), type(k | k).__name__)
e = dict.fromkeys("xy", [])
e["x"].append(1)
print(e, dict(zip("ab", range(2))).items() < {("a", 0), ("b", 1), ("c", 2)})
try:
    {[1]: 2}
except TypeError as err:
    print(type(err).__name__, err)
print(repr({}.keys()), repr({}.values()), repr({}.items()))
print({"a", "z", "b"} & k, k & ["c", "a"], d.items() & d.items(), {"q"} | k, ["a"] - k if False else "", {"b", "x"} ^ k)

# The set of a keys view is sized for the whole exact dict at once (the order shows the table
# size); a dict subclass's keys view iterates the view, and set(subclass) uses its __iter__.
attrs = {"_name": 1, "_values": 2, "_parent": 3, "_port": 4, "_host": 5}
print(attrs.keys() - {"_name"}, attrs.keys() | {"_x"}, attrs.keys() ^ {"_name", "_y"})
print({"_name"} - attrs.keys(), {"_z"} | attrs.keys(), set(attrs), set(attrs.keys()))


class OddIter(dict):
    def __iter__(self):
        return iter(["x", "y"])


odd = OddIter(attrs)
print(odd.keys() - {"_name"}, odd.keys() | {"_x"}, set(odd), {"q"}.union(odd), frozenset(odd))
s = set()
s.update(odd)
print(s, set(odd.keys()), list(odd.keys()))
