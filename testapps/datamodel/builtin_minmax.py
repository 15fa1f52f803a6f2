def neg(x):
    return -x
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min((2.5, 1)), max([1, 2], [1, 3]))
print(min([3, 1], key=neg), max('a', 'bb', 'c', key=len), min('bb', 'a', 'cc', key=len))
print(min([], default=0), max([], default=None), min([5], default=0), max(iter([1, 9, 3])))
print(max([1, 1.0, True]), min([True, 1, 1.0]))
print(min(range(5, 0, -1)), max({3: 'a', 7: 'b'}))
try:
    print(min())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(max([]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(min(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(max(1, 2, default=0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(min([1, 'a']))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(max([], bad=1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(min([1], key=5))
except Exception as e:
    print(type(e).__name__, e)
