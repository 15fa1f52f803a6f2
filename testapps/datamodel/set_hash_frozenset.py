print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(['a'])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1, 2]) == {1, 2})
print({frozenset(): 'empty'}[frozenset()], frozenset([frozenset([1])]))
print(frozenset('abc') | 'x' if False else frozenset('ab') | {'c'})
print(frozenset(), set(), repr(frozenset({1})))
print(frozenset([3, 1, 2]).copy())
print({1, 2} in {frozenset({1, 2})}, {1} in [frozenset({1})])
try:
    print(hash({1}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print({{1}})
except Exception as e:
    print(type(e).__name__, e)
try:
    print(frozenset(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(frozenset([1], [2]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(set(x=1))
except Exception as e:
    print(type(e).__name__, e)
