print('{} {}'.format(1, 2), '{1} {0} {1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[1]} {0[0]}'.format([5, 6]), '{a[k]}'.format(a={'k': 'v'}), '{0.real} {0.imag}'.format(3+4j))
print('{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c'), '{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{{}}'.format(), '{{{}}}'.format(7), '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
print('{0:,} {0:_} {0:x}'.format(1234567), '{:%}'.format(0.25), '{:08.3f}'.format(-3.5))
print('{}'.format([1, 'a']), '{:5}|'.format(None) if False else '', 'no fields'.format(1, 2))
print('{name}'.format_map({'name': 'map'}), '{0}{0}'.format('ab'))
try:
    print('{}{}'.format(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{0}{}'.format(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{}{0}'.format(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{'.format())
except Exception as e:
    print(type(e).__name__, e)
try:
    print('}'.format())
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{a}'.format())
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{0!x}'.format(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{:d}'.format('a'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{0.missing}'.format(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{0[5]}'.format([1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{x'.format(x=1))
except Exception as e:
    print(type(e).__name__, e)
