# range: equality by value, hashing, index/count, containment with floats/bools, negative steps.
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], list(r[10:]), 9 in r, 10 in r, 9.0 in r, True in range(2))
print(r.index(9), r.count(9), r.count(10), range(5, 0, -2), list(range(5, 0, -2)), len(range(5, 0, -2)))
print(range(3) == range(0, 3), range(0) == range(2, 2), range(1, 2, 5) == range(1, 3, 5), hash(range(3)) == hash(range(0, 3)))
print(range(10, 0) == range(0), range(0, 10, 2) != range(0, 11, 2), list(range(-3, 3, 2)), range(-5, -1)[-2])
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: r[100], lambda: r.index(4), lambda: range()):
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(r.start, r.stop, r.step, range(7).start, bool(range(0)), bool(range(1)), reversed(range(3)).__class__.__name__)
print(sorted(range(3), reverse=True), sum(range(101)), max(range(-5, 5)), min(range(3, 9, 2)), list(enumerate(range(2, 4))))


class Idx:
    def __index__(self):
        return 4


print(range(Idx()), range(1, Idx())[Idx() - 2] if False else range(1, 10)[Idx()], Idx() in range(5), range(10)[Idx():])
