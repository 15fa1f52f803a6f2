s = {0, 8}
s.remove(0)
s.add(16)
print(s)
s = set(range(5))
print(s.pop(), s.pop(), s)
s = {1, 2, 3}
s.discard(1)
s.add(1)
print(s)
s = set()
for i in range(8):
    s.add(i * 8)
print(s)
for i in range(0, 64, 16):
    s.discard(i)
s.add(100)
s.add(5)
print(s)
big = set(range(1000))
for i in range(0, 1000, 2):
    big.discard(i)
small = {i for i in big if i < 30}
print(small, len(big))
u = set(range(5)) | set(range(3, 12))
print(u, u & set(range(8, 20)), set(range(10)) - {1, 3})
