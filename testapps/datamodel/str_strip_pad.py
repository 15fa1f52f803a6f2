print(repr('  x  '.strip()), repr('\t\nx\r '.strip()), repr('xxhixx'.strip('x')), repr('abcHIcba'.strip('abc')))
print(repr('  x '.lstrip()), repr(' x  '.rstrip()), repr('..x..'.lstrip('.')), repr('..x..'.rstrip('.')))
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('abc'.center(6)), repr('a'.center(4)), repr('abc'.center(2)))
print(repr('ab'.ljust(5, '-')), repr('ab'.rjust(5)), repr('ab'.ljust(1)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), ''.zfill(3), '-'.zfill(3))
print('a\tb'.expandtabs(), 'a\tb'.expandtabs(4), 'ab\tc\n\td'.expandtabs(3), 'a\tb'.expandtabs(0))
print('prefix_x'.removeprefix('prefix_'), 'x'.removeprefix('y'), 'file.py'.removesuffix('.py'), 'x'.removesuffix(''))
try:
    print('a'.strip(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.center())
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.center(5, 'ab'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.ljust(5, 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.zfill('5'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.removeprefix(1))
except Exception as e:
    print(type(e).__name__, e)
