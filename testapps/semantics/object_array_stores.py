# Stores into the runtime's object arrays without a covariance check (lists, deques, argument
# binding, zip/map/heapq.merge items, split/partition unpacking): values of every kind, errors.
import heapq
import json
from collections import deque


class L(list):
    pass


class S(str):
    pass


xs = [1, "a", None]
xs[0] = 2.5
xs[-1] = S("sub")
xs.insert(1, (1, 2))
xs.insert(-100, L([9]))
xs[::2] = ["e0", "e2", "e4"][: len(xs[::2])]
print(xs, type(xs[-1]).__name__)
try:
    xs[10] = 0
except IndexError as exc:
    print("IndexError", exc)
ys = L(["x", "y", "z"])
ys[1] = 42
ys[::-1] = [3, 2, 1]
print(ys, type(ys).__name__)

d = deque([1, 2, 3], maxlen=4)
d.append("four")
d.appendleft(S("zero"))
d[1] = 1.5
d.rotate(-1)
d.rotate(2)
print(d, type(d[0]).__name__)
try:
    d[9] = 0
except IndexError as exc:
    print("IndexError", exc)


def f(a, b=2, *args, c, d=S("dd"), **kw):
    return a, b, args, c, d, sorted(kw.items())


print(f(1, c=3))
print(f(b=S("b"), a=[1], c=None, z=1.5))
print(f(1, 2, 3, 4, c=5, d=6))
for call in (lambda: f(1, a=2, c=3), lambda: f(c=1), lambda: f(1)):
    try:
        call()
    except TypeError as exc:
        print("TypeError", exc)

print(list(zip([1, "a"], (None, 2.5), "xy")), list(map(lambda *a: a, [1, S("s")], [None, 2])))
print(list(heapq.merge([1, 4, 7], [2.5, 3], [0])), list(heapq.merge(["b", "a"], ["c"], key=len)))
a, b = "left=right".split("=")
h, sep, t = S("k:v").partition(":")
h2, sep2, t2 = "none".rpartition(":")
print(a, b, h, sep, t, repr(h2), repr(sep2), t2, type(t).__name__)
print(json.dumps({"k": [1, 2]}, indent=None, sort_keys=True), json.loads("[1, 2]", parse_int=float))
