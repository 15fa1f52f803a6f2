# Unpacking from tuples, lists, subclasses and iterators, targets that mutate the source.
t = (1, 2, 3)
a, b, c = t
print(a, b, c, t)
l = [1, 2, 3]
x, l[0], y = l
print(x, y, l)
class T(tuple):
    def __iter__(self):
        yield from ("i", "t", "r")
p, q, r = T((1, 2, 3))
print(p, q, r)
(m, n), o = (("a", "b"), "c")
print(m, n, o)
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    num, name = name, num
    print(num, name)
print(pairs)
d = {}
d["k"], d["v"] = t[:2]
print(d)
head, _, tail = "key: value".partition(": ")
print(head, _, tail)
try:
    a, b = (1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b, c, d2 = (1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
