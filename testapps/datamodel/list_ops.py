a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, a * 0, a * -1, [] * 5)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print(3 in a, 6 not in a, [1] in [[1], 2])
print(len(a), bool([]), bool([0]), list(range(3)), list('ab'), list((1, 2)), list({'k': 1}))
print(max(a), min(b), sum(a), sum([0.5, 1.5]))
print(a.__len__(), [1, [2, [3]]])
try:
    print(a + (1,))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a + 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a * 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a * 1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a < [1, 'x', 0] and [1, 'x'] < [1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a[3])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a[-4])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a['x'])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(a))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(list(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(list(1, 2))
except Exception as e:
    print(type(e).__name__, e)
