d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
print(len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i)
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'})
print(i & {('a', 1)}, k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'})
print(k.isdisjoint(['x']), k.isdisjoint('a'))
print(list(reversed(k)), list(reversed(d)), list(reversed(i)))
print(sorted(v), sum(v), max(k))
d['d'] = 4
print(k, v, len(i))
del d['a']
print(list(k), list(v))
try:
    for key in d:
        d['new' + key] = 0
except Exception as e:
    print(type(e).__name__, e)
try:
    hash(k)
except Exception as e:
    print(type(e).__name__, e)
