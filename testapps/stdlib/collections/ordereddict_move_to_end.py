# OrderedDict.move_to_end at both ends: order, missing keys, subclass hooks not consulted, and
# iteration after a move.
from collections import OrderedDict

o = OrderedDict.fromkeys("abcde", 0)
o.move_to_end("b")
o.move_to_end("e")
o.move_to_end("a", last=False)
o.move_to_end("d", last=False)
print(list(o))
o.move_to_end("d")
o["f"] = 1
print(list(o), o.popitem(last=False), o.popitem())
for bad in ("zz", ["unhashable"]):
    for last in (True, False):
        try:
            o.move_to_end(bad, last=last)
        except (KeyError, TypeError) as e:
            print(type(e).__name__, e)

# A big cache: every hit moves to the end; the front is evicted; the dict grows and shrinks.
cache = OrderedDict()
for i in range(20000):
    k = (i * i + 7 * i) % 1777
    if k in cache:
        cache.move_to_end(k)
    else:
        cache[k] = i
        if len(cache) > 800:
            cache.popitem(last=False)
print(len(cache), list(cache)[:6], list(cache)[-6:])


class Hooked(OrderedDict):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("setitem", key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        print("delitem", key)
        super().__delitem__(key)


h = Hooked()
h["x"] = 1
h["y"] = 2
h.move_to_end("x")
h.move_to_end("y", last=False)
print(list(h.items()))


o = OrderedDict.fromkeys(range(5))
it = iter(o)
print(next(it))
o.move_to_end(0)
print(list(o))
