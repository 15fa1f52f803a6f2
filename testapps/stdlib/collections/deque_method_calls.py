# Calls of deque methods at one call site, repeated (the site keeps the method it found), with
# their argument errors.
from collections import deque

def run(d, n):
    for i in range(n):
        d.append(i)
        d.appendleft(-i)
        if len(d) > 6:
            d.pop()
            d.popleft()
        d.rotate(i % 3)
        d.rotate()
    return d

print(run(deque(), 50))
print(run(deque(maxlen=4), 50))
print(run(deque([7, 8, 9], 5), 3))

d = deque("abc")
for call in (lambda: d.append(), lambda: d.append(1, 2), lambda: d.rotate("x"),
             lambda: d.popleft(1), lambda: d.count(), lambda: deque().pop(),
             lambda: deque().popleft(), lambda: d.index("z"), lambda: d.remove("z"), lambda: d.append(x=1)):
    try:
        print(call())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(d, d.count("a"), d.index("c"), d.maxlen)

# The same site over a deque and a list: each type's own method.
for seq in (deque([1, 2]), [1, 2], deque([3]), [4]):
    seq.append(0)
    print(type(seq).__name__, seq)
# A bound method taken from the deque keeps working after the deque changes.
ap = d.append
for ch in "xyz":
    ap(ch)
print(d, type(ap).__name__)
