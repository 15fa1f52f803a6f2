# Narrow int sets whose probe runs are full of dummies (adds after removes): membership, the slot
# an add takes (the last dummy before the first empty slot), iteration order and pop() as CPython's.

def state(s):
    return list(s)

# nqueens-like churn: add and remove many times, dummies accumulate between resizes.
s = set()
for round_ in range(40):
    for k in range(round_ % 13, round_ % 13 + 9):
        s.add(k * 37 % 101)
    for k in range(round_ % 7, round_ % 7 + 6):
        s.discard(k * 37 % 101)
    if round_ % 10 == 9:
        print(round_, state(s))
print([k in s for k in range(0, 120, 7)])

# Keys that collide into one linear run (same low bits), removed and re-added out of order.
t = set(range(0, 32 * 12, 32))
for k in (64, 128, 192):
    t.remove(k)
print(state(t), 64 in t, 96 in t, 128 in t, 352 in t)
t.add(192)
t.add(1000 * 32)
t.add(64)
print(state(t))
for k in list(t)[:5]:
    t.discard(k)
print(state(t), [k in t for k in (0, 32, 96, 160, 224, 256, 288, 320, 352)])

# Hashes near the table's end (the run would pass the last slot: probed slot by slot there).
u = set(range(20, 32))
for k in range(20, 32, 2):
    u.remove(k)
for k in (52, 84, 116, 31, 29, 63, 95):
    u.add(k)
print(state(u), [k in u for k in (20, 21, 23, 52, 84, 116, 148, 63)])

# Negative keys (their hashes wrap to the table's end), -1 hashing as -2.
v = {-1, -2, -3, -33, -65}
v.discard(-2)
v.add(-97)
v.discard(-33)
v.add(-2)
print(state(v), -1 in v, -2 in v, -33 in v, -65 in v, -97 in v, -129 in v)

# pop() walks from its finger past dummies.
w = set(range(50))
for k in range(0, 50, 3):
    w.remove(k)
popped = [w.pop() for _ in range(10)]
w.update(range(100, 110))
print(popped, state(w))

# Equal keys of other types find the unboxed int; a big key widens the table.
x = set(range(10))
for k in range(0, 10, 2):
    x.remove(k)
print(1.0 in x, True in x, 3.0 in x, 4.0 in x, 2 ** 40 in x)
x.add(2 ** 40)
x.add(4)
print(state(x), 4 in x, 2 ** 40 in x)

# A full churn with a resize in the middle: the table drops its dummies.
y = set()
for i in range(300):
    y.add(i * 7 % 64)
    if i % 3 == 0:
        y.discard(i * 5 % 64)
print(len(y), state(y))
