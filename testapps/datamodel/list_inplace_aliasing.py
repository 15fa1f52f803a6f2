# Aliasing and in-place operations: += on lists through names, tuples holding lists, slices copying.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = ([1], 2)
try:
    t[0] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print(grid)
c = a[:]
c.append(99)
print(a, c, a[:] is a, a[:] == a)
s = "ab"
s2 = s
s += "c"
print(s, s2)
nums = [1, 2, 3]
for n in nums:
    n *= 10
print(nums)
for i, n in enumerate(nums):
    nums[i] = n * 10
print(nums)
x = y = []
x.append(1)
print(x, y)
x = [1, 2, 3]
x[1:2] = x
print(x)
m = [1, 2, 3, 4]
m[::2] = m[1::2]
print(m)
d = {"k": []}
lst = d["k"]
lst += [1]
d["k"] *= 2
print(d)
v = [0]
v *= 3
v[1] = 5
print(v, [1] * 0, [[]] * 2)
n = [3, 1, 2]
sorted_n = sorted(n)
n.sort()
print(n, sorted_n, n == sorted_n, n is sorted_n)
