print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(10), start=5))
print(sum([0.1] * 10), sum([1, 2.5, True]))
print(sum([(1,), (2,)], ()))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any('abc'), all([x > 0 for x in [1, 2]]))
try:
    print(sum(['a', 'b'], ''))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sum([1, 'a']))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sum(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sum())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(any(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(all())
except Exception as e:
    print(type(e).__name__, e)
