# dict.popitem gives the popped entry's place back (as CPython's does): the order, iteration and
# later insertions must look exactly as CPython's, also after deletions in the middle.
d = {i: str(i) for i in range(20)}
out = []
while d:
    out.append(d.popitem())
print(out[:3], out[-3:], len(out))

# Pop, insert, pop again: the new key takes the freed place and is the next popped.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem())
d["x"] = 9
print(list(d.items()))
print(d.popitem(), d.popitem())
d["y"] = 10
d["z"] = 11
print(list(d), d.popitem(), list(d))

# Deleted entries before the last live one: popitem skips them, insertions land after it.
d = dict.fromkeys(range(10), 0)
for k in (9, 8, 5, 2):
    del d[k]
print(d.popitem(), list(d))
d[100] = 1
d[101] = 2
print(list(d), d.popitem(), d.popitem(), d.popitem())

# Mixed key kinds (a table, not the linear scan), popped empty and refilled.
d = {("t", i): i for i in range(30)}
d["s"] = 0
n = 0
while d:
    d.popitem()
    n += 1
print(n, d)
d.update({1: 1, "two": 2, (3,): 3})
print(d, d.popitem())
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)

# An iterator over the dict sees the size change even when popitem and an insert balance.
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
print(next(it))
d.popitem()
d[4] = 4
print(list(it))
it = iter(d)
d.popitem()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)

# A big dict popped in a loop, with keys re-added halfway (no quadratic walk).
d = {i: i * i for i in range(50000)}
total = 0
for step in range(40000):
    k, v = d.popitem()
    total += v
    if step % 1000 == 0:
        d[-step] = step
print(len(d), total, list(d)[-3:])

# Inserts alternating with popitem() many times over: the table must still find absent keys.
churn = {}
for i in range(50000):
    churn[i] = i
    churn.popitem()
print(len(churn), 5 in churn, -1 in churn)
churn = {"a": 1}
for i in range(50000):
    churn["k%d" % i] = i
    churn.popitem()
print(len(churn), "zz" in churn, churn)

# popitem gives its place back: an iterator already past it does not see the key inserted there.
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
print(next(it), next(it), next(it))
d.popitem()
d[4] = 4
print(list(it), list(d))

# A big dict popped empty, then refilled and popped again: the same pairs in the same order.
d = {str(i): i for i in range(120000)}
first = [d.popitem() for _ in range(3)]
while d:
    last = d.popitem()
print(first, last, len(d))
for i in range(1000):
    d[i] = -i
print(d.popitem(), len(d), list(d)[:3])
