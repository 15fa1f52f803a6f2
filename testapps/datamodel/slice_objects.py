s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(10), slice(-3, None).indices(5), slice(10, -10, -3).indices(7))
print('abcdefghij'[s], list(range(20))[s], (1, 2, 3)[slice(None, None, -1)])
print(s == slice(1, 10, 2), s != slice(1, 10), slice(1) == slice(None, 1, None))
print(repr(slice('a', [1])), slice(2**70).indices(5))
try:
    print(slice())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(slice(1, 2, 3, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(slice(1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(slice(1, 2, 0).indices(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(slice(1).indices(-1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1, 2]['a':])
except Exception as e:
    print(type(e).__name__, e)
try:
    print('abc'[1:2:0])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(slice('a').indices(3))
except Exception as e:
    print(type(e).__name__, e)
