# A dict whose keys are all exact ints equal to their hash finds such an int by hash alone: every
# other key (colliding big ints, -1, bools, floats, int subclasses, strs) must act as in CPython.


class I(int):
    def __eq__(self, other):
        print("  I.eq", int(self), "vs", other)
        return int.__eq__(self, other)

    __hash__ = int.__hash__


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


M = 2**61 - 1  # hash(M) == 0, hash(M + 5) == 5, hash(-1) == hash(-2) == -2
d = {i * 3: i for i in range(40)}
print(len(d), d[0], d[117], d.get(118), 118 in d, d.get(-3, "absent"))
print(d.get(M), M in d, d.get(M + 3), (M + 3) in d, d.get(2**64 + 3), d.get(-M))
print(d.get(True), d.get(3.0), d.get(6.5), d.get(I(9)), I(10) in d)

# -1 and -2 share a hash: both stored, each found as itself
d[-1] = "minus one"
d[-2] = "minus two"
print(d[-1], d[-2], d.get(-4))

# a colliding big int stored: 0 and M share a hash, both found
d[M] = "M"
print(d[0], d[M], d.get(2 * M), d[M + 0])

# an int subclass key (its __eq__ runs on collisions), then lookups still compare values
e = {i: str(i) for i in range(20)}
e[I(100)] = "I100"
print(e[100], e.get(I(5)), e.get(100.0))

# deletions leave no stale match; a re-insert lands again
f = {i: i * i for i in range(0, 60, 2)}
for i in range(0, 60, 4):
    del f[i]
print(len(f), f.get(4), f.get(6), 8 in f, 10 in f)
f[4] = "back"
print(f[4], list(f)[-1])
try:
    f[8]
except KeyError as exc:
    print("KeyError", exc)

# a str key makes the dict mixed; clear() makes it int-only again
g = {i: i for i in range(30)}
g["s"] = "str"
print(g[29], g["s"], g.get(30))
g.clear()
for i in range(30):
    g[i - 15] = i
print(g[-15], g[14], g.get(15), g.get(-16), list(g)[:4])

# __missing__ of a subclass, and mutation while iterating
m = Missing((i, i) for i in range(25))
print(m[24], m[25], m[-1])
try:
    for k in g:
        g[k + 1000] = 0
except RuntimeError as exc:
    print("RuntimeError", exc)
