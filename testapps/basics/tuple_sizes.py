# Tuples of every length around the inline limit (8): one object up to 8 items, an array after.
import copy
import heapq
import itertools
import operator
import pickle

E = ()

for n in range(0, 12):
    t = tuple(range(n))
    made = tuple(x for x in range(n))
    print(n, t, len(t), t == made, hash(t) == hash(made), t[1:] if n else t[:], t[::-1], t[::3])
    print(" ", t + t, t * 2, (t * 0) is E, t[-1] if t else None, list(t) == list(made), bool(t))
    print(" ", t < made + (0,), t <= made, n in t, (n - 1) in t, t.count(0), t.index(n - 1) if t else -1)

# Displays of each length, and identity of the empty tuple
a, b, c, d, e, f, g, h, i = range(9)
print((a,), (a, b), (a, b, c), (a, b, c, d), (a, b, c, d, e), (a, b, c, d, e, f))
print((a, b, c, d, e, f, g), (a, b, c, d, e, f, g, h), (a, b, c, d, e, f, g, h, i))
print(E is tuple(), tuple([]) is E, (1, 2)[2:] is E, tuple(()) is E)
big = (1, 2, 3)
print(tuple(big) is big, big[:] is big, big * 1 is big, big + () is big, () + big is big)

# Unpacking from tuples, lists and iterators, with the count errors
def pair(x):
    return x, x * 2

for k in range(3):
    p, q = pair(k)
    print(p, q)
x, y, z = [1, 2, 3]
print(x, y, z)
x, y, z = (v for v in "abc")
print(x, y, z)
(m, n), o = (1, 2), 3
print(m, n, o)
for bad in [(1, 2), (1, 2, 3, 4), [1], iter([1, 2])]:
    try:
        x, y, z = bad
    except ValueError as ex:
        print("ValueError:", ex)
try:
    x, y = 5
except TypeError as ex:
    print("TypeError:", ex)
lst = [1, 2]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
first, *rest = (1, 2, 3, 4)
print(first, rest)

# Unpacking in loops, with a repeated statement and recursion
def walk(pairs, depth):
    out = []
    for k, v in pairs:
        out.append((k, v, walk([(k + 1, v)], depth - 1) if depth else None))
    return out

print(walk([(1, 2), (3, 4)], 2))

# *args tuples and star calls
def star(*args):
    return args

print(star(), star(1), star(*range(9)), star(*(1, 2)), star(*[3, 4]), type(star(1)).__name__)

# Tuples as keys and set members, () among them
s = {(), (1,), (1, 2), tuple(range(10))}
s.discard((1,))
s.add((1,))
print(sorted(s), () in s, (1, 2) in s)
d = {(x, y): x * y for x in range(3) for y in range(3)}
del d[(1, 1)]
print(d[(2, 2)], len(d), (1, 1) in d)

# Sorting and heaps of tuples of mixed lengths
rows = [(3, "c"), (1, "a"), (1,), (2, "b", 0), (1, "a", 5), ()]
print(sorted(rows), min(rows), max(rows))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=lambda r: (r[1], r[0])))
heap = []
for item in [(5, "e"), (1, "a"), (3, "c"), (1, "a", 0), (2,)]:
    heapq.heappush(heap, item)
print([heapq.heappop(heap) for _ in range(len(heap))])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as ex:
    print("TypeError:", ex)

# Subclasses keep their own type; operations on them give plain tuples
class T(tuple):
    def total(self):
        return sum(self)

t = T((1, 2, 3))
print(t, type(t).__name__, t.total(), type(t[:]).__name__, type(t + (4,)).__name__, type(t * 1).__name__, t == (1, 2, 3))
print(tuple(t) is t, type(tuple(t)).__name__, hash(t) == hash((1, 2, 3)))
from collections import namedtuple
P = namedtuple("P", "x y z")
p = P(1, 2, 3)
print(p, p._replace(y=5), p + (4,), p[1:], pickle.loads(pickle.dumps(p)) == p, copy.copy(p) is p)

# Builtins that make tuples
print(list(zip("abc", range(3), "xyz")), list(enumerate("ab")), divmod(17, 5), divmod(2 ** 70, 3))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations(range(3), 2))[:4])
print(list(itertools.combinations(range(10), 9))[:2], list(itertools.zip_longest("ab", "c")))
print(operator.itemgetter(0, 2)("xyz"), operator.itemgetter(*range(9))(range(20)), "a=b".partition("="))
print({"k": 1}.popitem(), list({"a": 1, "b": 2}.items()), (1.5).as_integer_ratio())
for n in (1, 2, 8, 9, 12):
    t = tuple(range(n))
    print(pickle.loads(pickle.dumps(t)) == t, copy.deepcopy(t) == t, repr(t))
