s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(s))
print(len(set('mississippi')), sorted(set('mississippi')))
print(set([1, 1.0, True]), set([0, False, 0.0]))
print(set([(1, 2), (1.0, 2.0)]))
print(sum({1, 2, 3}), max({4, 9, 2}), min(frozenset([5, 3])), sorted({3, 1, 2}, reverse=True))
print(list(enumerate({'a'})), 'a' in {'a'}, [] == set())
print({x for x in 'abcabc'}, {n % 5 for n in range(100)})
