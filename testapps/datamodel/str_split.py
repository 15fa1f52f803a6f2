print('a b  c'.split(), ' a b '.split(), 'a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(), ''.split(','), '   '.split(), 'abc'.split('abc'))
print('a  b  c  '.split(None, 1), '  a  b  c'.rsplit(None, 1), 'a b c'.split(maxsplit=1), 'a-b-c'.split(sep='-'))
print('a\tb\nc\x0bd\x1ce'.split(), '1<>2<>3'.split('<>'))
print('l1\nl2\r\nl3\rl4'.splitlines(), 'x\n\ny\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'a\x85b\u2028c'.splitlines(keepends=True))
print('key=value=x'.partition('='), 'key'.partition('='), 'a.b.c'.rpartition('.'), 'abc'.rpartition('.'))
try:
    print('a'.split(''))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.split(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.partition(''))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.partition(None))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.split(maxsplit='x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.rsplit('', 1))
except Exception as e:
    print(type(e).__name__, e)
