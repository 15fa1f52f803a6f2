a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a == {4, 3, 2, 1}, a != b)
print(a.union(b, [9]), a.intersection(b, range(4)), a.difference(b, {1}), a.symmetric_difference([5, 6]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
print(frozenset(a) | b, b | frozenset(a), frozenset(a) & b, type(frozenset(a) - b).__name__, type(b - frozenset(a)).__name__)
print(set() == frozenset(), {1} == frozenset([1]), a.union(), a.intersection())
try:
    print(a | [1])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a & 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a - 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a < [1])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a.union(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a.issubset(5))
except Exception as e:
    print(type(e).__name__, e)
