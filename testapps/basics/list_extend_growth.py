# list.extend with lists (itself included), += and long append runs past the sizes where the
# runtime's arrays change growth: contents, lengths and aliasing must be CPython's.
a = [1, 2, 3]
a.extend(a)
print(a)
b = []
b.extend(b)
print(b, len(b))
c = list(range(5))
c += c
c += c
print(c, len(c))
d = [0] * 10000
d.extend(d)
print(len(d), d.count(0))
big = []
for i in range(200000):
    big.append(i)
    if i in (4095, 4096, 10624, 10625, 10626, 131071):
        print(i, len(big), big[-1], big[0])
print(len(big), sum(big), big[-3:])
big.extend(big)
print(len(big), big[199999], big[200000], big[-1])
e = ["x"]
for _ in range(18):
    e.extend(e)
print(len(e), e[-1])
f = [1]
f.extend([2, 3])
f.extend(())
f.extend([])
f.extend((4, 5))
f.extend(x * 2 for x in range(3))
print(f)


class L(list):
    pass


g = L([1, 2])
g.extend(g)
h = [0]
h.extend(g)
print(g, h, type(g).__name__)
