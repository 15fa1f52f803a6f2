from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, d.count(5), d.index(5), 5 in d, 99 in d)
d.remove("a")
d.insert(1, "x")
d[0] = "first"
del d[2]
print(d, list(d), bool(d), bool(deque()))
d.reverse()
print(d, d.copy(), d == d.copy(), d.copy() is d)
d.clear()
print(d, len(d))
print(deque(), deque("hello"), deque(range(5)), deque((1, 2), None))
q = deque()
for i in range(5):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
print(out)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]))
e = deque([1])
e += [2, 3]
e *= 2
print(e, e == deque([1, 2, 3, 1, 2, 3]), deque([1, 2]) < deque([1, 3]), deque([1]) != deque([1]))
print(list(reversed(deque([1, 2, 3]))), [x * 2 for x in deque([1, 2, 3])], sum(deque([1, 2, 3])))
