# Classes derived from collections.deque: construction through deque's __new__/__init__, the
# subclass's own dunders, copies and concatenations of the subclass's type, the read-only maxlen.
import copy
from collections import deque


class History(deque):
    def __init__(self, items=(), limit=None):
        super().__init__(items, limit)
        self.name = "h"

    def push(self, x):
        self.append(x)
        return len(self)


h = History([1, 2, 3], 4)
print(h, h.maxlen, h.name, h.__dict__, type(h).__name__, isinstance(h, deque))
print(h.push(4), h.push(5), h)
print(list(reversed(h)), h[0], h[-1], 3 in h, len(h), bool(h))


class Plain(deque):
    pass


p = Plain("abc")
print(p, p.maxlen, repr(Plain()), Plain([1], maxlen=2))
q = p.copy()
print(type(q).__name__, q, q is p, q == p)
print(type(p + p).__name__, p + p, type(p * 2).__name__, p * 2)
p += "d"
print(type(p).__name__, p)
p *= 2
print(p)
print(type(copy.copy(p)).__name__, copy.copy(p))
try:
    p.maxlen = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    deque().maxlen = 3
except AttributeError as e:
    print("AttributeError:", e)
p.extra = 1
print(p.extra, p.__dict__)


class Counted(deque):
    def __len__(self):
        return 99

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __repr__(self):
        return "Counted<" + super().__repr__() + ">"

    def __eq__(self, other):
        return True


c = Counted([7, 8])
print(len(c), c[1], repr(c), str(c), c == deque(), c != 5, list(c))
print(deque.__len__(c), deque.__repr__(c), deque.__getitem__(c, 0))


class Capped(deque):
    def __init__(self, *args):
        super().__init__(*args, maxlen=2)


cap = Capped([1, 2, 3])
print(cap, cap.maxlen)
try:
    print(cap.copy())
except TypeError as e:
    print("TypeError:", e)


class Odd(deque):
    def __new__(cls, *args, **kwargs):
        return 42


print(Odd([1]))
try:
    Plain([1], 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(deque.__new__(Plain), deque.__len__(deque([1, 2])))
for args, kwargs in (((), {"iterable": [1], "maxlen": 2, "x": 3}), (([1], 2), {"maxlen": 2}), (([1],), {"maxlen": 2, "iterable": 3})):
    try:
        deque(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
