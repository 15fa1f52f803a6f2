import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
print(gc.get_threshold(), gc.get_debug())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5, 7)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), all(isinstance(n, int) for n in gc.get_count()))
print(gc.get_freeze_count())
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.callbacks, gc.garbage)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

events = []


def on_collect(phase, info):
    events.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(on_collect)
gc.collect(1)
gc.callbacks.remove(on_collect)
gc.collect()
print(events)


class Node:
    def __init__(self):
        self.other = None


def make_cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a


for _ in range(1000):
    make_cycle()
print(gc.collect() >= 0)


def f():
    pass


for value in [1, 1.5, "s", b"b", None, True, 1j, 2 ** 100, range(3), bytearray(), object(), int, ...,
              [], {}, {"a": 1}, {"a": []}, {"k": {"x": 1}}, set(), frozenset(), Node(), f, Node,
              slice(1, 2), iter([]), len, [].append, (1, []), ()]:
    print(type(value).__name__, gc.is_tracked(value))
print(gc.is_finalized(Node()))

for args in [(), (1, 2, 3, 4), ("a",)]:
    try:
        gc.set_threshold(*args)
    except Exception as e:
        print(type(e).__name__, e)
for generation in [-1, 3, "a"]:
    try:
        gc.collect(generation)
    except Exception as e:
        print(type(e).__name__, e)
try:
    gc.is_tracked()
except TypeError as e:
    print(type(e).__name__, e)
