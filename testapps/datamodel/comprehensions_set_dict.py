print({x % 4 for x in range(20)})
print({c for c in 'mississippi'})
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v})
print({v: k for k, v in {'a': 1, 'b': 1}.items()})
print({(i, j) for i in range(2) for j in range(2)})
print({s.lower(): len(s) for s in ['A', 'bb', 'a']})
print({i: [j for j in range(i)] for i in range(3)})
print({x for x in []}, {k: k for k in ''})
try:
    print({[i]: i for i in range(2)})
except TypeError as e:
    print('TypeError', e)
try:
    print({[i] for i in range(2)})
except TypeError as e:
    print('TypeError', e)
