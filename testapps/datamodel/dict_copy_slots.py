# A copy of a dict (dict(d), d.copy(), {}.update(d), {**d}) holds its keys in the slots CPython's
# copy does: ints k + j * (2**61 - 1) all hash to k, and a key whose __eq__ prints, looked up by
# that hash, meets them in slot order. Sources with deleted slots (del, pop, popitem) and sources
# grown past the size their keys need are copied too.

M = 2 ** 61 - 1


class Probe:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print(" ", (other - self.h) // M if isinstance(other, int) else other, end="")
        return False


def probe(label, d, h=5):
    print(label, len(d), end=":")
    Probe(h) in d
    print()


def copies(label, src):
    probe(label + " src", src)
    probe(label + " dict()", dict(src))
    probe(label + " copy()", src.copy())
    u = {}
    u.update(src)
    probe(label + " update", u)
    probe(label + " **", {**src})
    probe(label + " ** +", {**src, 5 + 50 * M: 50})


a = {}
for j in (6, 2, 9, 4, 1, 8, 3):
    a[5 + j * M] = j
copies("plain", a)

b = dict(a)
del b[5 + 9 * M]
copies("del", b)
b[5 + 11 * M] = 11
copies("del+add", b)

c = dict(a)
c.popitem()
copies("popitem", c)
c[5 + 12 * M] = 12
copies("popitem+add", c)

# Grown big, then shrunk by deletions: its table is bigger than its keys need.
g = {}
for j in range(40):
    g[5 + j * M] = j
    g[1000 + j] = j
for j in range(40):
    del g[1000 + j]
copies("sparse", g)

# Many keys, all pure, in two tables.
h = {}
for j in range(200):
    h[5 + (j * 7 % 200) * M] = j
copies("big", h)

# popitem leaves a deleted slot behind the last key; d.copy() keeps it, dict(d) does not.
p = {}
for j in (1, 2, 3, 4, 5, 6):
    p[5 + j * M] = j
p[5 + 2 * (M + 1)] = 0
p.popitem()
p.popitem()
p[5 + 30 * M] = 30
copies("popitem twice", p)
q = {5 + j * M: j for j in range(12)}
for j in range(3):
    q.popitem()
copies("popitem thrice", q)
