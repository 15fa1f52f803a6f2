# A store right after a lookup of the same key (`d[k] = d.get(k, 0) + 1`) must act as CPython's
# probe does: user __eq__ calls on colliding keys, equal keys of other types, deletions, clears.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print("  eq", self.name, "vs", other)
        return False


d = {Noisy("a"): 1, "a": 2}
print("get")
v = d.get("a", 0)
print("set")
d["a"] = v + 1
print("in")
print("a" in d)
print("set again")
d["a"] += 1
print(d["a"])

counts = {}
for w in "to be or not to be that is the question to be".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

c2 = {}
for w in "x y x z y x".split():
    if w in c2:
        c2[w] += 1
    else:
        c2[w] = 1
print(c2)

# equal keys of other types: the first stored key stays, the value changes
e = {1: "int"}
print(e.get(True), e.get(1.0))
e[True] = "bool"
e[1.0] = "float"
print(e)

# deletion between lookup and store
f = {"k": 1, "j": 2}
x = f.get("k")
del f["k"]
f["k"] = 3
print(f, list(f))

# clear between lookup and store
g = {"k": 1}
g.get("k")
g.clear()
g["k"] = 5
print(g)

# growth between lookup and store
h = {}
for i in range(50):
    key = "w" + str(i % 7)
    h[key] = h.get(key, 0) + 1
    h[i] = i
print(len(h), [h["w" + str(i)] for i in range(7)])

# setdefault and a Counter-like update
groups = {}
for w in "apple avocado banana blueberry cherry".split():
    groups.setdefault(w[0], []).append(w)
print(groups)

# the module dict mirrors its globals
counter = 0
gl = globals()
gl["counter"] = gl.get("counter", 0) + 1
print(counter)


class Key(str):
    def __eq__(self, other):
        print("  Key eq", str(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


m = {Key("p"): 1}
m["q"] = 2
print("lookup q")
m["q"] = m.get("q") + 1
print(m)
