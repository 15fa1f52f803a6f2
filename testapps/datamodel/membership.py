print(1 in [1, 2], 3 not in [1, 2], 'a' in 'abc', 'ab' in 'xaby', '' in '')
print(1 in (1,), 1 in {1: 'x'}, 'x' in {1: 'x'}, 1 in {1}, 1.0 in {1}, True in {1})
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), -1 in range(5), 10**20 in range(5))
print(b'a' in b'abc', 97 in b'abc', [1] in [[1]], (1,) in [(1,)], None in [None])
print('k' in {'k': 1}.keys(), 1 in {'k': 1}.values(), ('k', 1) in {'k': 1}.items())
print(float('nan') in [float('nan')], 'x' in iter('xyz'))
try:
    print(1 in 'abc')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a' in 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print([] in {1})
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 in None)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(300 in b'abc')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a' in b'abc')
except Exception as e:
    print(type(e).__name__, e)
