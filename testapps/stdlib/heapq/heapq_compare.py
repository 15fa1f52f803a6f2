# heapq asks only `<`, in CPython's order; tuples of exact items, subclasses and mutation from __lt__.
import heapq


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


h = []
for v in [5, 3, 8, 1, 4]:
    heapq.heappush(h, Loud(v))
print(h)
print(heapq.heappop(h), h)
print(heapq.heapreplace(h, Loud(9)), h)
print(heapq.heappushpop(h, Loud(2)), h)
data = [Loud(v) for v in [7, 2, 9, 4, 1, 6]]
heapq.heapify(data)
print(data)

# (dist, node) entries: int, float, str, big int, NaN, equal heads falling through to the next item.
h = []
for e in [(3, "c"), (1, "z"), (1, "a"), (2.5, "b"), (1 << 70, "big"), (-(1 << 64), "neg"), (1, "a", 0), (1,)]:
    heapq.heappush(h, e)
print([heapq.heappop(h) for _ in range(len(h))])
nan = float("nan")
h = [(nan, 1), (nan, 0), (0.5, 2)]
heapq.heapify(h)
print(h)
h = [("b", Loud(2)), ("b", Loud(1)), ("a", Loud(3))]
heapq.heapify(h)
print(h)
heapq.heappush(h, ("b", Loud(0)))
print(h)


class Rev(tuple):
    def __lt__(self, other):
        print("Rev lt")
        return tuple.__gt__(self, other)


h = []
for e in [Rev((1, 2)), Rev((3, 4)), Rev((2, 0))]:
    heapq.heappush(h, e)
print([tuple(heapq.heappop(h)) for _ in range(3)])

try:
    heapq.heappush([(1, "a"), (2, "b")], (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappush([(1, 2)], (1, None))
except TypeError as e:
    print("TypeError", e)


class Shrinker:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        if self.heap:
            self.heap.pop()
        return self.v < other.v


heap = []
heap.extend([Shrinker(1, None), Shrinker(2, None), Shrinker(3, None)])
try:
    heapq.heappush(heap, Shrinker(0, heap))
except RuntimeError as e:
    print("RuntimeError", e)
heap = [Shrinker(1, None), Shrinker(2, None), Shrinker(3, None), Shrinker(4, None)]
heap[1].heap = heap
try:
    heapq.heappop(heap)
except RuntimeError as e:
    print("RuntimeError", e, len(heap))

# A rebound heapq function is the one called.
real_push = heapq.heappush
heapq.heappush = lambda heap, item: real_push(heap, (item[0] * -1, item[1]))
h = []
heapq.heappush(h, (1, "a"))
heapq.heappush(h, (5, "b"))
print(h)
heapq.heappush = real_push
