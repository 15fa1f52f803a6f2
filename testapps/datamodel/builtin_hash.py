print(hash(0), hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(10**20), hash(-10**20))
print(hash(0.5), hash(-0.5), hash(1e-10), hash(1.0), hash(float('inf')))
print(hash('a'), hash('hello'), hash(''), hash('é'), hash('😀'), hash('\u1234x'))
print(hash(b'a'), hash(b''), hash(b'hello') == hash('hello'))
print(hash((1, 2)), hash((1, (2, 'x'))), hash(()), hash((1.5, -1)))
print(hash(frozenset([1, 2])), hash(frozenset('ab')), hash(1j), hash(2 - 3j))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(range(3)) == hash(range(0, 3, 1)))
try:
    print(hash([]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash({}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(set()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(bytearray()))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(([],)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(slice(1)))
except Exception as e:
    print(type(e).__name__, e)
