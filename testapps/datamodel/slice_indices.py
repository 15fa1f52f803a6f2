# slice objects: indices(), attributes, hashing in 3.11, and slicing with odd steps and bounds.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(5), slice(1, 2), slice(None, None, -1).indices(0), slice(-100, 100).indices(10))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(0) == slice(None, 0))
data = list(range(10))
for sl in (slice(None, None, 3), slice(8, 2, -2), slice(-3, None), slice(None, -7, -1), slice(100, 200), slice(2, 2)):
    print(sl, data[sl], "abcdefghij"[sl], tuple(range(10))[sl], range(10)[sl])
print(data[::-1][:3], data[-2:-8:-3], data[5:-5], data[-100:3])
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    data["a":]
except TypeError as e:
    print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2


print(data[Idx():5], "hello"[Idx():], data[slice(Idx(), None, Idx())])


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1:2], r[::], r[1:2, 3], r[..., 1:], r[:, None])
big = 10 ** 30
print(data[:big], data[-big:2], slice(big).indices(3))
