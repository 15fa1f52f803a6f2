print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
print({}.fromkeys('ab', 1))
d = dict.fromkeys('abcde', 0)
while d:
    print(d.popitem(), end=' ')
print()
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
try:
    dict.fromkeys()
except Exception as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys(1)
except Exception as e:
    print(type(e).__name__, e)
