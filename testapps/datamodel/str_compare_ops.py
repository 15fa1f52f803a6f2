print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', 'é' > 'z', '😀' > '\uffff', '' < 'a')
print('a' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, 'a' + 'b')
print('ab' in 'xaby', '' in 'x', 'ba' not in 'abc')
print(sorted(['b', 'A', 'a', 'B', 'é', '1']), min('hello'), max('hello'))
print('abc' == 'abc', 'abc' != 'abd', 'a' == 1)
print(hash('') == 0)
try:
    print('a' < 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a' + 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a' * 'b')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 in 'abc')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a' - 'b')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(-'a')
except Exception as e:
    print(type(e).__name__, e)
