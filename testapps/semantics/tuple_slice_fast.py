# Slices of exact tuples with int or None bounds taken without a slice object; subclasses keep theirs.
t = (1, 2, 3, 4, 5)
print(t[:-1], t[1:], t[::2], t[::-1], t[1:4:2], t[5:], t[:], t[:] is t, t[0:5] is t, t[-100:100], t[3:1], t[True:])
class T(tuple):
    def __getitem__(self, k):
        return ("T", k)
u = T((1, 2, 3))
print(u[1:], u[:-1], type(tuple.__getitem__(u, slice(None))).__name__)
class U(tuple): pass
v = U((1, 2, 3))
print(v[:], type(v[:]).__name__, v[:] is v, v[1:])
big = tuple(range(20))
print(big[2:17:3], big[-3:], big[:2**70], big[-2**70:3])
try:
    t[1:2:0]
except ValueError as e:
    print(e)
class I:
    def __index__(self): return 2
print(t[I():])
for i in range(1, 4):
    print(big[:i], big[i:i + 2])
