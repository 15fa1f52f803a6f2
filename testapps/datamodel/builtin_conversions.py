print(int('12'), float('1.5'), str(12), bool(1), list('ab'), tuple([1]), set([1, 1]), frozenset('aa'), dict([(1, 2)]))
print(complex(1, 2), bytes(2), bytearray(b'x'), repr('x'), ascii('ü'))
print(type(int()).__name__, float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(int(True), float(True), str(False), repr(None), str(...), repr(NotImplemented))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), ... is Ellipsis, type(...).__name__, type(NotImplemented).__name__)
print(round(2.5), round(3.14159, 3), len('abc'), len([1, 2]), len({1: 2}), len(range(7)))
try:
    print(len(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(len(None))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bool(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(list(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(tuple(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(dict([1, 2]))
except Exception as e:
    print(type(e).__name__, e)
