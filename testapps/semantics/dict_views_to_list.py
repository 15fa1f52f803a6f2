# list(), tuple(), sorted(), sum(), max() of dicts and their views: the items in insertion order,
# deleted entries skipped, views of subclasses read the dict itself, and changes made while an
# iterator is live raise as in CPython.

d = {"b": 2, "a": 1, "c": 3, 10: "ten", (1, 2): None}
print(list(d), tuple(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 11
del d[10]
print(list(d), list(d.values()), tuple(d.items()))
print(sorted(k for k in d if isinstance(k, str)), sorted({3: 0, 1: 0, 2: 0}.items()))
e = {}
print(list(e), list(e.items()), tuple(e.values()), sum(e.values()))

nums = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del nums[i]
print(sum(nums.values()), max(nums), min(nums.values()), len(list(nums.items())))
print(sum(nums.values(), 0.5), max(nums.items(), key=lambda kv: -kv[1]))


class Ordered(dict):
    def __iter__(self):
        print("Ordered.__iter__")
        return iter(sorted(super().keys()))

    def keys(self):
        print("Ordered.keys")
        return super().keys()


o = Ordered(z=1, y=2, x=3)
print(list(o))                  # the subclass's __iter__
print(list(o.keys()), list(o.values()), list(o.items()))  # views walk the dict itself
print(sorted(o), tuple(o))


class Counted(dict):
    pass


c = Counted(a=1, b=2)
c["c"] = 3
print(list(c), list(c.items()), sum(c.values()))

# Changing a dict while iterating its view.
d = {1: 1, 2: 2, 3: 3}
it = iter(d.values())
print(next(it))
d[4] = 4
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError:", exc)
d = {1: 1, 2: 2, 3: 3}
it = iter(d.items())
print(next(it))
del d[3]
d[5] = 5
try:
    print(list(it))
except RuntimeError as exc:
    print("RuntimeError:", exc)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d.keys():
        d.pop(k)
except RuntimeError as exc:
    print("RuntimeError:", exc, d)
it = iter(d.values())
print(list(it), list(it))

# The views after clear() and popitem(), and of a dict of a module.
d = dict.fromkeys("abcdef", 0)
d.popitem()
d.popitem()
print(list(d.items()), sorted(d.values()))
d.clear()
print(list(d.keys()), tuple(d.items()))
g = sorted(k for k in list(globals()) if not k.startswith("__"))
print(g)

# Sets built from sets: copies keep the source's order, whatever its keys.
words = ["w%d" % i for i in range(40)]
ws = set(words)
print(list(ws.copy()) == list(ws), list(frozenset(ws)) == list(ws), list(set(ws)) == list(ws))
mixed = {1, "a", 2.5, (1, 2), -7}
print(list(mixed.copy()) == list(mixed), sorted(map(str, mixed | {"b"})))
ints = set(range(0, 100, 7))
big = {1 << 40, 3, 5}
print(list(ints.copy()), list(set(big)) == list(big), frozenset(big) == big)
empty = set()
e2 = empty.copy()
e2.add(3)
e2.add("x")
print(sorted(map(str, e2)), set(frozenset()) == set(), ws.copy() - set(words[:38]))
