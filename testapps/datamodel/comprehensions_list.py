xs = range(10)
print([x for x in xs])
print([x * x for x in xs if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([x for x in xs if x > 2 if x < 6])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'abc'])
print([x for x in []])
print([i + j for i in [10, 20] for j in [1, 2] if i + j != 21])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([x for x, in [(1,), (2,)]])
print([s for s in 'a b c'.split() if s != 'b'])
print([[x, y] for x, *y in ['abc', 'de']])
x = 'outer'
r = [x for x in 'ab']
print(r, x)
try:
    print([1 / v for v in [1, 0]])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
def inner(n):
    return [n * i for i in range(n)]
print(inner(3))
def nested(rows):
    return [[cell * 2 for cell in row] for row in rows]
print(nested([[1, 2], [3]]))
