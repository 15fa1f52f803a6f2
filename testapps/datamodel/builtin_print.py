print()
print(1, 2, 3)
print(1, 2, sep='-')
print('a', 'b', sep='', end='!\n')
print('no newline', end='')
print(' then')
print(*[1, 2, 3])
print(*'abc', sep=',')
print(None, True, 1.5, [1], {'a': 1}, (1,), {1}, b'x', 1j)
print('x', sep=None, end=None)
print(sep='+')
import sys
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
try:
    print('x', sep=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('x', end=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except Exception as e:
    print(type(e).__name__, e)
