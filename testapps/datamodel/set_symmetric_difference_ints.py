# symmetric_difference(_update) of int sets: table order (CPython's) after toggles that discard,
# add into dummies and empty slots, grow the table, and widen a narrow table with a big int.
import random
rng = random.Random(7)
for trial in range(40):
    n = rng.choice([3, 10, 50, 300, 2000])
    span = rng.choice([20, 1000, 10 ** 6, 2 ** 40])
    a = {rng.randrange(-span, span) for _ in range(n)}
    b = {rng.randrange(-span, span) for _ in range(rng.choice([1, 5, 100, 1500]))}
    for k in list(a)[: len(a) // 3]:
        a.discard(k)
    c = a ^ b
    d = set(a)
    d ^= b
    d.symmetric_difference_update(b | {2 ** 35, -2 ** 33})
    e = frozenset(b) ^ a
    print(trial, len(c), list(c)[:12], list(d)[:12], list(e)[-8:], hash(e))
s = set(range(100))
s ^= set(range(50, 150))
s ^= set(range(0, 200, 3))
s ^= {2 ** 31, 2 ** 31 - 1, -2 ** 31, 2 ** 62}
print(list(s))
s ^= s
print(s)
t = {1, 2, 3}
t ^= {1.0, 4, "x"}
print(sorted(t, key=str))
