d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], 'a' in d, 'z' not in d, {}, dict())
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('c'), d.pop('z', None), d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.copy(), d.copy() is d, d == {'b': 2, 'a': 1}, d != {'a': 1})
print({1: 'int', 1.0: 'float', True: 'bool'})
print({(1, 2): 'tuple', None: 'none', 'k': [1]})
print(dict(a=1, b=2), dict([('x', 1), ['y', 2]]), dict({'q': 1}, r=2), dict(zip('ab', range(2))))
try:
    print(d['zz'])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(d.pop('zz'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print({}.popitem())
except Exception as e:
    print(type(e).__name__, e)
try:
    print({[1]: 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    print(d[[1]])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(dict(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(dict([1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(dict([[1, 2, 3]]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(dict(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(d.get())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(d.get(1, 2, 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    print({} < {})
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash({}))
except Exception as e:
    print(type(e).__name__, e)
