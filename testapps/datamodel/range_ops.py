r = range(0, 20, 3)
print(r, range(5), range(2, 5), range(5, 0, -1), list(r))
print(len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], len(range(0)), len(range(5, 0)))
print(6 in r, 7 in r, r.index(9), r.count(9), r.count(10))
print(range(0, 10, 2) == range(0, 10, 2), range(0) == range(5, 1), list(range(-5, 5, 4)), list(range(10, -10, -7)))
print(bool(range(0)), bool(range(1)))
print(len(range(-10**20, 10**20, 10**19)) if False else 0)
print(sum(range(101)), max(range(7)), min(range(3, 9)), reversed(range(3)) is not None, list(reversed(range(3))))
print(range(3).start, range(3).stop, range(3).step, hash(range(3)) == hash(range(0, 3)))
try:
    print(range())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(range(1.5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(range(1, 2, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(r[100])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(r.index(7))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(range('a'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(range(1, 2, 3, 4))
except Exception as e:
    print(type(e).__name__, e)
