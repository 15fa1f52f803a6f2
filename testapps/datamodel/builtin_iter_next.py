it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
s = iter('ab')
print(list(s), list(s))
d = iter({'k': 1})
print(next(d))
t = iter((5,))
print(next(t, None), next(t, None))
r = iter(range(2))
print(next(r), next(r), next(r, -1))
print(iter(it) is it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    next([1])
except Exception as e:
    print(type(e).__name__, e)
try:
    iter(5)
except Exception as e:
    print(type(e).__name__, e)
