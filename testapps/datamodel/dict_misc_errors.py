d = {'a': 1}
cases = 0
try:
    d[{}] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    del d['missing']
except KeyError as e:
    print('KeyError', e, e.args)
try:
    d[(1, [2])] = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    {}['x']
except LookupError as e:
    print(type(e).__name__, repr(e))
try:
    d.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.keys(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    dict(a=1).update(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.get(key='a')
except Exception as e:
    print(type(e).__name__, e)
try:
    {1: 2} + {3: 4}
except Exception as e:
    print(type(e).__name__, e)
print(d)
