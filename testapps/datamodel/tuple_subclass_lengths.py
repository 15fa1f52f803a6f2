# Instances of tuple subclasses of every length (inline up to 8 items, an array past that): items,
# slices, hashing, comparison with plain tuples, concatenation, unpacking, copies and namedtuples.
import copy
import pickle
from collections import namedtuple


class T(tuple):
    def __repr__(self):
        return "T" + tuple.__repr__(self)


class Tagged(tuple):
    pass


for n in range(0, 12):
    items = tuple(range(n))
    t = T(items)
    print(n, t, len(t), t == items, hash(t) == hash(items), list(t), t[:3], t[-1:] if n else t[:], type(t[1:]).__name__)
    print(" ", t + (99,), type(t + t).__name__, t * 2 == items * 2, (n - 1) in t, t.count(0), sorted(t, reverse=True)[:3])
    if n:
        print(" ", t[0], t[n - 1], t.index(n - 1), max(t), min(t), t < items + (0,), tuple(reversed(t))[:2])
    c = copy.copy(t)
    d = copy.deepcopy(t)
    print(" ", c, d, type(d).__name__, c == t, {t: n}[items])

s = Tagged((1, 2, 3))
s.tag = "x"
print(s, s.tag, vars(s), len(s), s[1], Tagged(range(10))[9], Tagged("abcdefghi"), Tagged(()))
try:
    T((1, 2))[5]
except IndexError as e:
    print("IndexError:", e)

Point = namedtuple("Point", "x y")
Wide = namedtuple("Wide", "a b c d e f g h i j")
Full = namedtuple("Full", "a b c d e f g h")
p = Point(1, y=2)
w = Wide(*range(10))
f = Full(*"abcdefgh")
print(p, p.x, p.y, p._replace(x=5), Point._make([7, 8]), p._asdict(), p == (1, 2), hash(p) == hash((1, 2)))
print(w, w.j, w[9], w._replace(j=0).j, w[2:5], len(w), f, f.h, f._replace(a="z"))
x, y = p
print(x, y, *w[:3], pickle.loads(pickle.dumps(p)), pickle.loads(pickle.dumps(w)) == w)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), {Point(1, 2), (1, 2)}, Point(3, 4) + (5,))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
