a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[x, *y] = {'k': 1, 'j': 2}
print(x, y)
first, *_, last = 'abcdef'
print(first, last, _)
a, (b, *c) = 1, [2, 3, 4]
print(a, b, c)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = 'ab'
except ValueError as e:
    print('ValueError', e)
try:
    a, *b = 5
except TypeError as e:
    print('TypeError', e)
