t = (1, 2, 3, 2)
print(t, (), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(t[0], t[-1], t[1:3], t[::-1], t[::2])
print(t.count(2), t.index(2), t.index(2, 2), len(t))
print(t + (4,), t * 2, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (1, 'a') == (1, 'a'))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(('a', 1.5)))
print(2 in t, 5 in t, max(t), sum(t))
print((1, [2]))
print(((1, 2),), ((),))
try:
    print(t[4])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(t.index(9))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash((1, [2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(t + [1])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(t.append(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(tuple(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print((1, 2) < (1, 'a'))
except Exception as e:
    print(type(e).__name__, e)
