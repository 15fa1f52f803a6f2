a = [1, 'two', 3.0, None, True, [4, (5,)], {'k': [6]}]
b = [1]
b.append(b)
c = {'self': None}
c['self'] = c
d = [c, b]
print(a)
print(b)
print(c)
print(d)
print(repr(b), str(b))
print([[]] * 3)
print([[1, 2]] * 2)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
