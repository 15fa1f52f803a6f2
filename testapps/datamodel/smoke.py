d = {'a': 1, 'b': 2, **{'c': 3}}
print(d, len(d), d['a'], 'a' in d, 'z' in d)
d['z'] = 26
del d['a']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('q'), d.get('b', 9), d.pop('b'), d.setdefault('n', []), d)
print({1: 'x', 1.0: 'y', True: 'z'})
s = {3, 1, 2, 'a', (1, 2)}
print(len(s), 1 in s)
print({1, 2, 3} | {4}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print(sorted([3, 1, 2]) if False else [x * 2 for x in range(5) if x % 2 == 0])
print({x: x * x for x in range(4)}, {x % 3 for x in range(10)})
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
xs = list(range(10))
print(xs[2:5], xs[::-1], xs[::3], xs[-3:], xs[:-7:-2])
xs[2:5] = ['a']
print(xs)
del xs[::2]
print(xs)
print('hello'[1:4], 'hello'[::-1], (1, 2, 3)[1:], range(10)[2:8:2])
print([*range(3), *'ab'], (*[1], 2))
print((y := 5), y)
print([[i * j for j in range(3)] for i in range(3)])
d2 = {}
d2 |= {'x': 1}
print(d2 | {'y': 2}, dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys('ab', 0))
print(d.popitem(), {}.keys(), d.items())
print(frozenset([1, 2]), set(), frozenset(), {frozenset([1])})
print(hash(frozenset([1, 2, 3])), hash((1, 2)), hash(frozenset()))
print(set(range(20)), set('abcdefghij'))
print(...)
