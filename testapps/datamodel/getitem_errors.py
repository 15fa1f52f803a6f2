cases = [([1, 2], 5), ([1, 2], -3), ((1,), 1), ('ab', 2), ({'a': 1}, 'b'), (range(3), 3), (b'ab', 2), ([1], '0'), ((1,), None), ('x', 1.0), (5, 0), (None, 0), ({1}, 0)]
for obj, key in cases:
    try:
        print(obj[key])
    except Exception as e:
        print(type(e).__name__, e)
for obj in [(1, 2), 'ab', 5, frozenset(), range(2)]:
    try:
        obj[0] = 1
    except Exception as e:
        print(type(e).__name__, e)
for obj in [(1, 2), 'ab', {}, [1]]:
    try:
        del obj[5]
    except Exception as e:
        print(type(e).__name__, e)
