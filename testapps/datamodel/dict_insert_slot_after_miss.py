# Where a new key lands in a dict's hash table shows in the order a later probe meets the keys of
# equal hash: ints k + j * (2**61 - 1) all hash to k, so a key whose __eq__ prints, looked up by
# that hash, meets them in the order of their slots along the probe. Inserts into tables with and
# without deleted slots must each take the slot CPython's does.

M = 2 ** 61 - 1


class Probe:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("  eq", self.name, "vs", (other - self.h) // M if isinstance(other, int) else other)
        return False


def show(label, d, h):
    print(label, len(d))
    print("  found" if Probe(h, label) in d else "  missing")


d = {}
for j in (3, 1, 4):
    d[5 + j * M] = j
d["a"] = 0
d[-1] = 1
d[-2] = 2
show("fresh", d, 5)
show("fresh -2", d, -2)

# A deletion leaves a dummy: the next insert of a colliding key takes it (the first free slot).
del d[5 + 1 * M]
d[5 + 7 * M] = 7
show("after del", d, 5)
d[5 + 9 * M] = 9
show("after del 2", d, 5)

# Grown tables, then the same again.
e = {}
for j in range(30):
    e[7 + j * M] = j
    e[j] = j
show("grown", e, 7)
for j in (2, 5, 11):
    del e[7 + j * M]
for j in (40, 41, 42, 43):
    e[7 + j * M] = j
show("grown after del", e, 7)

# Keys of another type between them (floats: 0.5 hashes as 2**60).
f = {0.5: 0, 2 ** 60: 1, 2 ** 60 + M: 2}
f[2 ** 60 + 2 * M] = 3
show("floats", f, 2 ** 60)

# Insert during iteration is still noticed.
g = {i: i for i in range(5)}
try:
    for k in g:
        g[k + 100] = 0
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(sorted(g.items())[:7])

# pop/popitem, then inserts.
h = {3 + j * M: j for j in range(6)}
h.popitem()
h[3 + 20 * M] = 20
h.pop(3 + 2 * M)
h[3 + 21 * M] = 21
show("popped", h, 3)
print([(k - 3) // M for k in h])
