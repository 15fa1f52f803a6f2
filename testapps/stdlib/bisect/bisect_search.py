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
