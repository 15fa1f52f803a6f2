# dict(d) and the update of an empty dict from a dict (made at its final size at once), beside
# updates of dicts that hold keys already: values, order, overrides, mixed and non-str keys.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n
    def __repr__(self):
        return "K(%d)" % self.n

for n in (0, 1, 5, 6, 10, 11, 21, 22, 50, 200):
    d = {str(i): i for i in range(n)}
    c = dict(d)
    e = {}
    e.update(d)
    print(n, c == d, e == d, list(c)[:3], list(e)[-2:], len(c))
    c["new"] = 1
    print(len(c), len(d), "new" in d)
mixed = {1: "a", "b": 2, (3, 4): 5, 2.5: 6, K(1): 7, K(4): 8, None: 9}
print(dict(mixed))
x = {"b": 0, 1: 0}
x.update(mixed)
print(x)
print(dict(mixed, extra=1), dict({}, a=1), dict({"a": 1}, a=2))
d = {i: i * i for i in range(30)}
del d[3]
del d[7]
print(dict(d) == d, list(dict(d))[:6])
try:
    it = dict(d)
    for k in it:
        it[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
