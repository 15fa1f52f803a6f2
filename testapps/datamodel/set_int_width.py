# Int sets keep small ints in 32-bit slots and widen when a bigger int goes in: the order, dummies,
# pop(), copies and bulk operations must stay CPython's on both sides of that change.
EDGES = [2**31 - 2, 2**31 - 1, 2**31, -2**31, -2**31 + 1, -2**31 - 1, 2**32, -1, -2, 2**62, -2**63, 2**63 - 1, 2**63]

# each edge value added to a narrow set that has dummies, then more small ints
for big in EDGES:
    s = set(range(0, 60, 3))
    for k in range(0, 30, 6):
        s.discard(k)
    s.add(big)
    s.add(6)
    s.add(61)
    print(s, len(s), big in s, big - 1 in s, float(big) in s, 6 in s)
    t = s.copy()
    print(t == s, t, s.pop(), s.pop(), len(s))

# sets built with big ints from the start, and ranges across the 32-bit bounds
print(set(range(2**31 - 5, 2**31 + 5)))
print(set(range(-2**31 - 3, -2**31 + 4)))
print({x * 2**28 for x in range(-12, 12)})

# bulk operations between a narrow and a wide set, both ways
narrow = set(range(0, 100, 7))
wide = {x * 2**33 for x in range(5)} | set(range(0, 50, 5))
for a, b in [(narrow, wide), (wide, narrow), (narrow, narrow | {3}), (wide, set(wide))]:
    print(a | b, a & b, a - b, a ^ b, a <= b, a >= b, a.isdisjoint(b), a == b)
    c = set(a)
    c |= b
    d = set(a)
    d &= b
    e = set(a)
    e -= b
    f = set(a)
    f ^= b
    print(c, d, e, f)
    g = set()
    g.update(a)
    g.update(b)
    print(g, frozenset(a) | b, hash(frozenset(a)) == hash(frozenset(set(a))))

# growth past resize points, deletes then re-adds, pop until empty, clear then reuse
s = set()
for i in range(200):
    s.add(i * 37 % 1000)
    if i % 3 == 0:
        s.discard(i * 11 % 1000)
print(len(s), list(s)[:20], list(s)[-10:])
for i in range(0, 1000, 2):
    s.discard(i)
for i in range(0, 400, 3):
    s.add(i)
print(len(s), list(s)[:20])
s.add(2**40)
print(len(s), list(s)[:20], 2**40 in s)
popped = [s.pop() for _ in range(15)]
print(popped, len(s))
s.clear()
s.add(5)
s.add(2**35)
s.add(-7)
print(s)
s.clear()
print(s, {1, 2, 3} == {3, 2, 1}, set(range(10)) == set(range(9, -1, -1)))

# the equal keys of other kinds in a narrow table: 1 == 1.0 == True, -1 and -2 hash alike
s = set(range(-3, 8))
print(1.0 in s, True in s, -1.0 in s, 2.5 in s, s)
s.add(1.0)
s.add(True)
s.add(-2.0)
print(s, len(s))
s.add(1.5)
print(s, -1 in s, -2 in s)

# mutation during iteration of a narrow set still raises
s = set(range(10))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
s = set(range(10))
try:
    for x in s:
        s.add(2**40)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(s)[-2:])
