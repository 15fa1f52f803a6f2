xs = [3, 1, 2]
print(xs.append(4), xs)
print(xs.extend([5, 6]), xs.extend(range(2)), xs.extend('ab'), xs)
print(xs.insert(0, 'first'), xs.insert(-1, 'pen'), xs.insert(100, 'last'), xs.insert(-100, 'zero'), xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
print(xs.remove('ab' if False else 'a'), xs)
print(xs.index(2), xs.index(1, 1), xs.count(2), xs.count('zz'))
print(xs.reverse(), xs)
print(xs.copy() == xs, xs.copy() is xs)
print(xs.clear(), xs, len(xs))
try:
    print([].pop())
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1].pop(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1].remove(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1].index(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1, 2].index(1, 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([].append())
except Exception as e:
    print(type(e).__name__, e)
try:
    print([].append(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([].insert(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([].extend(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([].pop(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([].sort(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([].count())
except Exception as e:
    print(type(e).__name__, e)
