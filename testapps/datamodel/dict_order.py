d = {}
for k in ['z', 'a', 'm', 1, 2.5, (1,)]:
    d[k] = str(k)
print(d)
del d['a']
d['a'] = 'again'
print(list(d))
d['z'] = 'updated'
print(d)
e = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del e[i]
print(list(e))
for i in range(20, 30):
    e[i] = i
print(list(e))
print(e.popitem(), e.popitem(), len(e))
f = {i: i * i for i in range(100)}
for i in range(95):
    del f[i]
print(f)
