print('%s %r %a' % ('s', 's', 'é'))
print('%d %i %u' % (42, -7, 3))
print('%5d|%-5d|%05d|%+d|% d' % (1, 2, 3, 4, 5))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
print('%e %E %f %F %g %G' % (1234.5, 1234.5, 1.5, 1.5, 0.00001, 1e20))
print('%.2f %.0f %.3e %10.4f|%-10.2f|' % (3.14159, 2.5, 1234.5, 3.14159, 2.5))
print('%c%c' % (65, 'b'), '%%', '%s' % [1, 2], '%s' % (1,), '%s' % 'solo')
print('%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % None, '%r' % (None,), '%d' % 3.99, '%d' % True, '%.3s' % 'abcdef', '%5.1s|' % 'xyz')
print('%x' % -255, '%#o' % 0, '%+.1e' % -0.0)
try:
    print('%d' % 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%d %d' % (1,))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%d' % (1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%y' % 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%c' % 'ab')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%(a)s' % 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%' % ())
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%x' % 1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%c' % -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%(a)s' % {'b': 1})
except Exception as e:
    print(type(e).__name__, e)
