# Ints past 64 bits are exact ints on every path that tests for one: arithmetic with boxed and
# unboxed operands, in-place operators, comparisons, str/format/%, int(), divmod, hashing in dicts
# and sets (also a big int whose hash equals a small one's), pickle, sorting tuples that mix small
# and big ints, generator expressions, lru_cache keys, and subclasses of int holding big values.
import functools
import pickle

big = 2**100
neg = -(3**70)
huge = 10**40
edge = 2**63  # just past a long

# Arithmetic: boxed pairs, a boxed big with an unboxed small, in-place.
print(big + big, big - huge, big * neg, huge // big, huge % big, -big, +big, ~big, abs(neg))
k = 7
print(big * k, k * big, big + k, k - big, big // k, k % big, big ** 2 // huge)
acc = big
acc += 1
acc *= 3
acc -= huge
acc //= 5
print(acc)
x = edge
x -= 1
print(x, type(x).__name__, x + 1 == edge, edge - 1 == x)

# Comparisons, boxed and unboxed.
print(big > k, k < big, big == 2**100, big != huge, neg < 0 < big, big >= edge, edge > x)
print(max(big, neg, huge), min([big, k, neg]), sorted([big, k, neg, huge, -1, edge, 0]))

# Text: str(), f-strings, format specs, % and str.format.
print(str(big), f"{big}", f"{neg:,}", format(huge, "x"), "%d|%x" % (big, edge), "{}".format(neg))
print(f"{big:>40}", f"{edge:_}", repr(huge), "%s" % big, "{0:e}".format(big))

# int() of an exact big int is that int; divmod of exact ints.
print(int(big) is big, int(neg) == neg, divmod(huge, big), divmod(neg, 12345), divmod(big, -7))

# Hashing: dict keys (small dicts scanned, bigger ones with a table) and sets.
small_dict = {big: "big", 1: "one", "s": "str"}
print(small_dict[2**100], small_dict.get(edge), 2**100 in small_dict)
table = {i: i for i in range(20)}
table[big] = "big"
table[edge] = "edge"
print(table[2**100], table[2**63], len(table), list(table)[-2:])
collide = 2**61 + 4  # hash(collide) == 5, as hash(5)
print(hash(collide) == hash(5), collide in {5, 6}, collide in {5, 6, collide}, 5 in {collide})
s = {3, 4, 5}
s.add(collide)
print(sorted(s), len({big, 2**100, edge, 2**63}))

# Pickle keeps big ints as ints.
print(pickle.loads(pickle.dumps([big, neg, edge, 5], protocol=2)))
print(pickle.loads(pickle.dumps((huge, -edge))))

# Sorting tuples whose items mix small and big ints.
rows = [(big, "a"), (3, "b"), (neg, "c"), (3, "a"), (edge, "d"), (-1, "e")]
print(sorted(rows))
print(sorted([(1, big), (1, 3), (1, neg), (0, edge)], reverse=True))
print(sorted([(big,), (edge,), (2**64,)]), sorted([big, 3, neg], key=lambda v: (v % 7, v)))

# Generator expressions over big ints.
print(set(v * big for v in range(3)) == {0, big, 2 * big}, any(v * big for v in (0, 1)), all(v + big for v in range(3)))
print(sum(big for _ in range(3)), sum([big, 1, neg]))


@functools.lru_cache(maxsize=None)
def twice(n):
    return 2 * n


print(twice(big), twice(2**100), twice.cache_info())


# Subclasses of int holding big values keep their own type and dunders.
class Tagged(int):
    def __add__(self, other):
        return "Tagged+" + str(int(self) + other)


t = Tagged(big)
print(t + 1, t - 1, type(t - 1).__name__, t == big, hash(t) == hash(big), t.bit_length(), str(t), t > edge)
print(Tagged(neg) * 2, -Tagged(edge), abs(Tagged(neg)) == -neg, bool(Tagged(0)), int(Tagged(big)) == big)
print(True + big, big - True, big & (2**70 - 1), big | 1, big >> 90, 1 << 70)
