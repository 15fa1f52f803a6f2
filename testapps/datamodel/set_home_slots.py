# Int sets built at their final size with each key in its home slot (set(range), a | b, a & b,
# a - b) must iterate, pop and grow exactly as CPython's key-by-key builds do: dense ints (the
# fast path), keys whose home slots collide (the fallback), -1 and -2 (same hash), sizes at each
# growth step, and keys added or removed afterwards (the table's size and fill show there).


def digest(s):
    items = list(s)
    return len(items), items[:12], items[-6:], sum(i * k for i, k in enumerate(items)) % 1000003


def after_growth(s, extra):
    # Adding more keys resizes when the hidden fill says so: the order then shows the table size.
    t = set(s)
    for x in extra:
        t.add(x)
    u = s.copy() if isinstance(s, set) else set(s)
    for x in extra:
        u.add(x)
    return digest(u)


def pops(s, n):
    t = set(s)
    return [t.pop() for _ in range(min(n, len(t)))]


print("-- set(range)")
for args in [(8,), (5,), (19,), (20,), (77,), (100,), (0, 30000, 5), (3, 30000, 5), (-1, 40, 1),
             (-50, 50, 3), (0, 100000, 7), (1000, 0, -13), (0, 1 << 20, 1 << 16), (2 ** 31 - 20, 2 ** 31 + 20),
             (-(2 ** 31) - 5, -(2 ** 31) + 30), (0, 70000), (10 ** 6, 10 ** 6 + 5000, 3)]:
    r = range(*args)
    s = set(r)
    f = frozenset(r)
    print(args, digest(s), s == f, pops(s, 5), after_growth(s, range(-30, 4000, 17)))

print("-- set(range) into a set that is not new")
s = set()
s.update(range(50))
print(digest(s))
s = {1, 2, 3}
s.update(range(100, 200))
print(digest(s))
s = set(range(10))
s.clear()
s.update(range(40, 400, 2))
print(digest(s))

print("-- union")
pairs = [
    (set(range(0, 5000, 2)), set(range(1, 5000, 3))),
    (set(range(100)), set(range(50, 150))),
    ({1, 2, 3}, set(range(10))),
    (set(range(10)), {1}),
    ({x * 7 % 30000 for x in range(5000)}, set(range(0, 30000, 5))),
    ({x * 40503 % 1000003 for x in range(3000)}, {x * 7 for x in range(3000)}),
    (set(range(-10, 10)), set((-1, -2, 2 ** 31 - 2))),
    (frozenset(range(64)), set(range(32, 96))),
    (set(range(0, 300, 3)), frozenset(range(0, 300, 4))),
    ({5}, {2 ** 40, 5}),
    (set(range(20)), set()),
    (set(), set(range(20))),
]
for a, b in pairs:
    u = a | b
    print(type(u).__name__, digest(u), digest(a.union(b)), pops(u, 4), after_growth(u, range(5000, 9000, 11)))


class S(set):
    pass


print(digest(set(range(30)) | S(range(20, 60))), type(set(range(30)) | S(range(20, 60))).__name__)
print(digest(S(range(30)) | set(range(20, 60))), type(S(range(30)) | set(range(20, 60))).__name__)

print("-- intersection and difference")
for a, b in pairs:
    i = a & b
    d = a - b
    e = b - a
    print(type(i).__name__, digest(i), digest(d), digest(e), pops(i, 3), after_growth(d, range(-100, 100)))

big = set(range(0, 200000, 3))
small = set(range(0, 200000, 7))
print(digest(big & small), digest(small - big), digest(small & big))
for k in (4, 5, 19, 20, 76, 77, 307, 308, 1228, 1229, 4915, 4916):
    x = set(range(k))
    y = set(range(k + 10))
    print(k, digest(x & y), digest(x - set()), after_growth(x & y, range(10 ** 5, 10 ** 5 + 30)))

print("-- mutation after a build at home")
s = set(range(0, 3000, 3))
for x in range(0, 3000, 6):
    s.discard(x)
for x in range(1, 100):
    s.add(x * 31)
print(digest(s))
u = set(range(100)) | set(range(200, 300))
u -= set(range(0, 300, 2))
u |= set(range(1000, 1100))
print(digest(u))

print("-- subset and equality walk a narrow set's keys packed")
for a, b in pairs:
    print(a <= b, b <= a, a <= (a | b), (a & b) <= a, a == set(a), a < (a | b), a >= (a & b), frozenset(a) == a)
holes = set(range(1000))
for x in range(0, 1000, 3):
    holes.discard(x)
print(holes <= set(range(1000)), holes <= set(range(1, 1000)), holes == {x for x in range(1000) if x % 3})
