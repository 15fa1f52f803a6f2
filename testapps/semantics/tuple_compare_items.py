# Tuple and list comparisons decide leading int/str/float items directly; every outcome must
# match CPython's lexicographic rules, including NaN identity, subclasses and error texts.
import heapq

nan = float("nan")
ops = [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
       ("!=", lambda a, b: a != b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]
pairs = [
    ((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2), (1, 2, 0)), ((), ()), ((), (0,)),
    (("a", 1), ("b", 0)), (("ab", 1), ("a", 9)), (("é", 1), ("e", 1)), (("x",), ("x", "y")),
    ((1.5, 1), (1.5, 2)), ((0.0, 1), (-0.0, 0)), ((nan, 1), (nan, 1)), ((nan,), (1.0,)),
    ((2**70, 1), (2**70, 2)), ((-2**63, 0), (2**63 - 1, 0)), ((1, 2.0), (1, 2)), ((True, 1), (1, 0)),
    ((1, (2, "a")), (1, (2, "b"))), ([1, 2, 3], [1, 2, 4]), (["a", 1.0], ["a", 1]),
]
for a, b in pairs:
    print(repr(a), repr(b), " ".join(name for name, f in ops if f(a, b)))
same = (nan, 1)
print("identical nan", same == same, same < same, (same[0], 2) > same)

class Rev(tuple):
    def __lt__(self, other):
        return "Rev.__lt__"
    def __gt__(self, other):
        return "Rev.__gt__"

print((1, 2) < Rev((1, 2)), Rev((0,)) < (5,), (1,) > Rev((9,)))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
heap = []
for i in range(12):
    heapq.heappush(heap, ((i * 7) % 5, "n%d" % i))
print([heapq.heappop(heap) for _ in range(len(heap))])
for a, b in [((1, "x"), (1, 2)), (("a", 1), (None, 1)), ([1, {}], [1, {}])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print((1, []) == (1, []), (1, {}) != (1, {}))
loop = []
loop.append(loop)
try:
    print(loop < [loop])
except RecursionError as e:
    print("RecursionError:", e)
