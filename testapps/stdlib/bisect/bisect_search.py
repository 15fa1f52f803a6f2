import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4), bisect.bisect_left(a, 4, lo=5))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect_left(a, 4, 6, 2))
print(bisect.bisect_left((1, 3, 5), 3), bisect.bisect_right("aceg", "d"), bisect.bisect(range(0, 100, 10), 35))
print(bisect.bisect_left([1.5, 2.5], 2), bisect.bisect_right([(1, "a"), (2, "b")], (1, "z")))

def grade(score):
    breakpoints = [60, 70, 80, 90]
    return "FDCBA"[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# Exact ints beside big ints, bools and an int subclass whose < is its own.
mixed = [-(1 << 70), -3, False, True, 2, 1 << 63, 1 << 80]
print([bisect.bisect_left(mixed, x) for x in [-(1 << 71), -3, 0, 1, True, 1 << 63, (1 << 63) - 1, 1 << 90]])


class Loud(int):
    def __lt__(self, other):
        print("lt", int(self), other)
        return int(self) < other


print(bisect.bisect_left([1, 3, 5, 7], Loud(4)), bisect.bisect_right([1, 3, 5, 7], Loud(5)))
xs = [Loud(1), Loud(3), Loud(5)]
bisect.insort(xs, 4)
print(xs)
try:
    bisect.bisect_left([1, 2, 3], "a")
except TypeError as e:
    print("TypeError", e)
