d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '=', v)
for v in d.values():
    print(v, end=' ')
print()
print([k for k in d if d[k] > 1])
print({v: k for k, v in d.items()})
print(sorted(d.items()))
total = 0
for k in list(d):
    total += d.pop(k)
print(total, d)
it = iter({'a': 1, 'b': 2})
print(next(it), next(it), next(it, 'done'))
try:
    d2 = {1: 1}
    for k in d2:
        del d2[k]
        d2[k + 1] = 1
except Exception as e:
    print(type(e).__name__, e)
