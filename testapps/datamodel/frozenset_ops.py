# frozenset: hashing, operations mixing with set, immutability, as dict keys and set members.
a = frozenset([3, 1, 2])
b = frozenset("ab")
print(a, b, frozenset(), repr(frozenset([frozenset([1])])))
print(hash(a) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
s = {1, 2}
print(type(a | s).__name__, type(s | a).__name__, type(a & s).__name__, type(s - a).__name__, type(a ^ s).__name__)
print(a | s, s & a, a - s, a ^ {5})
print(a.union([9]), a.intersection(range(2)), a.difference({1}), a.symmetric_difference("x"))
print(a.issubset(range(5)), a.issuperset([1]), a.isdisjoint({7}), a <= {1, 2, 3}, a < {1, 2, 3})
d = {a: "frozen key", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested, {1} in nested)
for attempt in ("add", "remove", "discard", "pop", "clear", "update"):
    print(attempt, hasattr(a, attempt))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
c = a.copy()
print(c is a, frozenset(a) is a, a == {1, 2, 3}, {1, 2, 3} == a)
x = a
x |= {10}
print(a, x, x is a)


class FS(frozenset):
    pass


f = FS([1, 2])
print(type(f | {3}).__name__, type(f.copy()).__name__, f == frozenset([1, 2]), repr(f))
print(sorted(frozenset("hello")), len(frozenset(range(100))), max(a), sum(a))
