print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'abc'.replace('x', 'y'))
print('-'.join(['a', 'b']), ''.join('abc'), ', '.join([str(i) for i in range(3)]))
print('x'.join([]), 'x'.join(['only']), ' '.join(('t', 'u')))
print('ab'.join({'x': 1, 'y': 2}))
try:
    print('-'.join([1, 2]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('-'.join(['a', None]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('-'.join(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.replace(1, 'b'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.replace('a'))
except Exception as e:
    print(type(e).__name__, e)
