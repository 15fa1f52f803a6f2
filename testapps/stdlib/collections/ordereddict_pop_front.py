# OrderedDict.popitem(last=False) resumes where the previous pop from the front stopped: the
# order must stay CPython's through inserts, moves, pops from the back, resizes and clears.
from collections import OrderedDict

o = OrderedDict((k, ord(k)) for k in "abcdefgh")
print(o.popitem(last=False), o.popitem(last=False))
o["z"] = 0
print(list(o))
o.move_to_end("c")
print(o.popitem(last=False), o.popitem(last=False), list(o))
o.move_to_end("h", last=False)
print(o.popitem(last=False), list(o))
print(o.popitem(), o.popitem(last=False), o.popitem(), list(o))

# Pop from both ends in turn until empty, refill, again.
o = OrderedDict.fromkeys(range(12))
seq = []
while o:
    seq.append(o.popitem(last=len(o) % 2 == 0)[0])
print(seq)
o.update((i, -i) for i in range(5))
print(o, o.popitem(last=False))
o.clear()
try:
    o.popitem(last=False)
except KeyError as e:
    print("KeyError", e)
o["only"] = 1
print(o.popitem(last=False), o)

# Popping everything from the back, then adding: the front is found again.
o = OrderedDict.fromkeys("pqrs", 1)
o.popitem(last=False)
while o:
    o.popitem()
o["n1"] = 1
o["n2"] = 2
print(o.popitem(last=False), list(o))

# An LRU cache: hits move to the end, misses evict from the front once full.
cache = OrderedDict()
hits = misses = 0
evicted = []
for i in range(30000):
    k = (i * i + 3 * i) % 3001
    if k in cache:
        cache.move_to_end(k)
        hits += 1
    else:
        misses += 1
        cache[k] = i
        if len(cache) > 1000:
            evicted.append(cache.popitem(last=False)[0])
print(hits, misses, len(cache), evicted[:5], evicted[-5:], list(cache)[:5])

# A subclass with its own __setitem__ still pops in order.
class Logged(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)

lg = Logged()
for k in "xyz":
    lg[k] = 1
print(lg.popitem(last=False), lg.popitem(last=False), lg)
