# Sign rules of //, %, divmod, shifts and bit operations across the 64-bit boundary:
# every pair drawn from small, near-2**63 and many-limb values, both signs.
vals = [0, 1, 2, 3, 7, 10, 2**31 - 1, 2**31, 2**32 + 5, 2**62, 2**63 - 1, 2**63, 2**63 + 1,
        2**64 - 1, 2**64, 3**50, 10**40 + 7, 2**200 - 1, 2**200, 7**300]
vals = vals + [-v for v in vals if v]

acc = 0
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b, a < b, a == b, a >= b, a & b, a | b, a ^ b]
        if b:
            q, r = divmod(a, b)
            assert q == a // b and r == a % b, (a, b)
            assert q * b + r == a
            assert r == 0 or (r < 0) == (b < 0)
            assert abs(r) < abs(b)
            row += [q, r]
        for x in row:
            acc = (acc * 1000003 + hash(x)) % (2**61 - 1)
print("mixed", acc)

for a in vals[:12] + vals[-12:]:
    for s in (0, 1, 31, 32, 63, 64, 65, 200):
        print(a >> s, a << s if s < 100 else (a << s).bit_length(), end=" ")
    print()

m = 10**30 + 57
for a in (3, -3, 2**100 + 1, -(2**100 + 1)):
    for e in (0, 1, 5, 2**70 + 3):
        print(pow(a, e, m), pow(a, e, -m))
print(pow(3, -1, 7), pow(2**100, -1, 10**9 + 7))

for v in (2**64, -(2**64), 10**500 - 1, -(10**999), 7**1000, -(3**2000)):
    s = str(v)
    assert int(s) == v
    print(len(s), s[:20], s[-20:], hash(v))

for a, b in ((2**64, 0), (-(2**100), 0), (5, 0)):
    for f in (lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
print(divmod(-2**63, -1), divmod(True, 2), divmod(-7, True), divmod(2**70, -3), divmod(-2**70, 3))
