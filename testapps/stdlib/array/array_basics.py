# array: construction, the sequence protocol, methods, bytes, reprs and comparisons.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A)
for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))

a = A("i", [3, 1, 4, 1, 5])
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], 4 in a, 9 in a)
a.append(9)
a.extend([2, 6])
a.extend(A("i", [5]))
a.insert(0, -1)
a.insert(100, 7)
a.insert(-100, -2)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(5), a.index(5, 4), a.count(1), a.count(8))
a.reverse()
print(a, a.tolist(), type(a.tolist()).__name__)
a[0] = 100
a[-1] = -100
a[1:3] = A("i", [7, 8, 9])
print(a)
a[::2] = A("i", [0] * len(a[::2]))
del a[0]
del a[1:3]
print(a)
b = a + A("i", [1, 2])
print(b, a * 2, 2 * a, A("i", [1]) * 0)
b += A("i", [3])
b *= 2
print(b, b is not a)
print([x * 2 for x in A("h", [1, 2, 3])], list(iter(A("B", [4, 5]))), sum(A("d", [0.5, 0.25])))

# Floats: 'f' keeps C float precision, 'd' doubles; ints are accepted.
f = A("f", [0.1, 1, 1e300, -1e300])
print(f, A("d", [0.1, 1, True]), A("f", [3.5]).tobytes())

# Characters.
u = A("u", "héllo")
print(u, u[1], u.tounicode(), u.itemsize, len(u.tobytes()))
u.fromunicode("!")
u.append("?")
print(u, A("u"), A("u", "x") + A("u", "y"))

# Bytes in machine layout.
for code, values in [("b", [-1, 2]), ("B", [255, 0]), ("h", [-2, 300]), ("H", [65535]), ("i", [-5]),
                     ("I", [4294967295]), ("l", [-(2**63)]), ("L", [2**64 - 1]), ("q", [2**62]),
                     ("Q", [2**63]), ("d", [1.5]), ("f", [-2.0])]:
    x = A(code, values)
    data = x.tobytes()
    y = A(code)
    y.frombytes(data)
    print(code, data, y, y == x)
s = A("h", [1, 256])
s.byteswap()
print(s, A("b", b"\x01\xff"), A("H", bytearray(b"\x01\x00\x02\x00")))
w = A("i")
w.fromlist([1, 2, 3])
print(w)

# Comparisons between arrays, whatever their typecodes.
print(A("i", [1, 2]) == A("d", [1.0, 2.0]), A("i", [1, 2]) < A("i", [1, 3]), A("i", [1, 2]) != A("b", [1, 2]),
      A("i") <= A("i"), A("i", [2]) > A("i", [1, 5]), A("i", [1]) == [1], A("i", [1]) >= A("i", [1]))

# Copies.
import copy
c = A("i", [1, 2])
d = copy.copy(c)
d.append(3)
print(c, d, copy.deepcopy(c), A("i", c), A("d", c))

# Subclasses.
class Samples(A):
    def mean(self):
        return sum(self) / len(self)

s = Samples("d", [1, 2, 4])
print(s, s.mean(), isinstance(s, A), s[0:2], type(s[0:2]).__name__)
print(type(iter(A("i"))).__name__, type(A("i")).__module__, type(A("i")).__name__)
