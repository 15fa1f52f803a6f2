# Subclassing tuple, set and frozenset: __new__ for immutable values, operators returning base types.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), p + (3,), type(p + (3,)).__name__)
print(p[:], type(p[:]).__name__, tuple(p), type(tuple(p)).__name__, list(p), sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x, y, p.count(1), p.index(2), max(p), [*p], {p: "origin"}[(1, 2)])
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
p.label = "a"
print(p.label)


class Pair(tuple):
    __slots__ = ()


q = Pair([1, 2])
try:
    q.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(q, repr(q), Pair(), type(Pair()).__name__)


class Tags(set):
    def add(self, item):
        super().add(item.lower())


t = Tags()
t.add("A")
t.add("a")
t.add("B")
print(sorted(t), len(t), "a" in t, type(t | {"z"}).__name__, sorted(t - {"b"}))
t2 = Tags(["X", "y"])
print(sorted(t2), t2 == {"X", "y"}, Tags() == set(), repr(Tags()))


class Frozen(frozenset):
    def __repr__(self):
        return "Frozen(" + ", ".join(sorted(map(str, self))) + ")"


f = Frozen([3, 1, 2])
print(f, hash(f) == hash(frozenset([1, 2, 3])), {f: 1}[frozenset({1, 2, 3})], f & {1, 9}, type(f & {1}).__name__)
try:
    hash(Tags())
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
