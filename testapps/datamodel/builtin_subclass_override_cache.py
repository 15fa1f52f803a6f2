# Dunders of dict/list/str subclasses are found per class version: adding, replacing or removing
# one on the class (or a base) after instances were used takes effect at once.
from collections import Counter, defaultdict


class D(dict):
    pass


d = D(a=1)
print(d["a"], len(d), "a" in d)
D.__getitem__ = lambda self, k: "patched " + k
print(d["a"], len(d))
D.__len__ = lambda self: 42
print(len(d))
del D.__getitem__
print(d["a"])
del D.__len__
print(len(d))


class Base(dict):
    pass


class Sub(Base):
    def __missing__(self, key):
        return "missing " + key


s = Sub()
print(s["x"], len(s))
Base.__setitem__ = lambda self, k, v: dict.__setitem__(self, k, v * 2)
s["y"] = 5
print(s["y"], dict(s))
Sub.__contains__ = lambda self, k: True
print("anything" in s)
del Base.__setitem__
s["z"] = 1
print(dict(s))

c = Counter()
for w in "a b a c b a".split():
    c[w] += 1
print(c, c["zz"])
Counter.__missing__ = lambda self, key: 100
print(c["zz"])
del Counter.__missing__
try:
    c["zz"]
except KeyError as e:
    print("KeyError", e)

dd = defaultdict(list)
for i, w in enumerate("x y x".split()):
    dd[w].append(i)
print(dd)


class L(list):
    pass


lst = L([3, 1, 2])
print(len(lst), lst[0])
L.__len__ = lambda self: -0 + 7
L.__getitem__ = lambda self, i: "item %r" % (i,)
print(len(lst), lst[0])


class S(str):
    def __len__(self):
        return 99


t = S("abc")
print(len(t), t.upper(), t + "d")
S.__add__ = lambda self, other: "added"
print(t + "d")
del S.__len__
print(len(t))
