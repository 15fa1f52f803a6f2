# Bulk operations on int sets of 64+ keys between changes of every kind: each result must list the
# set's keys as they are now (table order included), never as an earlier walk of the set saw them.

def show(label, s):
    print(label, len(s), list(s)[:12], sum(s))

a = set(range(0, 400, 3))
b = set(range(0, 400, 5))
show("a&b", a & b)
show("a|b", a | b)
show("a-b", a - b)
show("a^b", a ^ b)
print(a <= (a | b), b <= a, a.isdisjoint(b))

# A removal then an add into its dummy: same count and fill as before.
a.discard(3)
a.add(1001)
show("a-b after discard/add", a - b)
show("a|b after discard/add", a | b)

# An add that lands in the dummy the removal left (an int's home slot is its value modulo the
# table size): same count and fill, other keys.
for size in (256, 512, 1024, 2048):
    k = 9 + size // 256 * 3
    a.discard(k)
    a.add(k + size)
    show("a-b after dummy reuse %d" % size, a - b)

# pop, then add back a different key.
x = a.pop()
a.add(2002)
show("a&b after pop/add", a & b)
print(x, 2002 in a, x in a)

# clear() then refill with the same number of other keys.
c = set(range(100))
show("c-b", c - b)
c.clear()
c.update(range(1000, 1100))
show("c-b after clear", c - b)
print(c <= set(range(1000, 1200)))

# In-place operators change the set the next walk reads.
d = set(range(0, 300, 2))
show("d|b", d | b)
d -= set(range(0, 300, 4))
show("d|b after -=", d | b)
d |= set(range(1, 300, 7))
show("d^b after |=", d ^ b)
d &= set(range(0, 300, 3))
show("d-b after &=", d - b)
d ^= set(range(0, 200, 9))
show("d&b after ^=", d & b)
d.difference_update(range(0, 50))
show("d|b after difference_update", d | b)
d.intersection_update(range(100, 300))
show("d-b after intersection_update", d - b)
d.symmetric_difference_update(range(250, 320))
show("d^b after symmetric_difference_update", d ^ b)

# Growth past a resize, and widening to 64-bit ints, and turning general with a str.
e = set(range(64))
show("e|b", e | b)
e.update(range(64, 400))
show("e-b after growth", e - b)
e.add(1 << 40)
show("e-b after widening", e - b)
e.add("s")
print(len(e - b), "s" in (e - b))
e.clear()
e.update(range(500, 600))
show("e&b after clear from general", e & b)
show("e|c", e | c)

# frozensets and copies share nothing with the set they were made from.
f = frozenset(range(0, 500, 7))
g = set(f)
show("f-b", f - b)
g.remove(0)
g.add(9999)
show("g-b", g - b)
show("f-b again", f - b)
print(f == frozenset(range(0, 500, 7)), g == f, hash(f) == hash(frozenset(range(0, 500, 7))))

# A set walked by many operations in a row, changed one key at a time.
h = set(range(0, 1000, 11))
for i in range(20):
    if i % 3 == 0:
        h.discard(i * 11)
        h.add(5000 + i)
    elif i % 3 == 1:
        h.add(7000 + i)
    else:
        h.pop()
    r = (h & b, h | b, h - b, h ^ b, h <= (h | b), b.isdisjoint(h))
    print(i, len(h), [len(t) if isinstance(t, set) else t for t in r], sorted(r[0])[:3], list(r[2])[:3])
