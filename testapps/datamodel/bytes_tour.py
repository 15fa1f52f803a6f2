for data, enc, err in [(b'\xff', 'utf-8', 'strict'), (b'\xe9', 'ascii', 'strict'), (b'a\xc3', 'utf-8', 'strict'), (b'\xc3(', 'utf-8', 'strict'),
    (b'\xff\xfe', 'utf-8', 'replace'), (b'\xff', 'utf-8', 'backslashreplace'), (b'\xed\xa0\x80', 'utf-8', 'strict'), (b'\xf0\x9f\x98', 'utf-8', 'strict'),
    (b'\xf0\x9f\x98\x80', 'utf-8', 'strict'), (b'\x80abc', 'utf-8', 'ignore'), (b'\xff\xfeh\x00', 'utf-16', 'strict'), (b'\xe0\x80', 'utf-8', 'strict'), (b'\xc0\xaf', 'utf-8', 'replace'), (b'\xf4\x90\x80\x80', 'utf-8', 'replace'), (b'\xed\xa0\x80x', 'utf-8','replace'), (b'\xe2\x82', 'utf-8', 'replace'), (b'\xe2\x82x', 'utf-8', 'strict'),
    (b'x', 'utf-16', 'strict'), (b'\xe9t\xe9', 'latin-1', 'strict'), (b'h\x00i\x00', 'utf-16-le', 'strict'), (b'\x00h', 'utf-16-be', 'strict'), (b'\x80', 'utf-8', 'surrogateescape'), (b'abc', 'foo', 'strict'), (b'\xff', 'utf-8', 'bogus')]:
    try:
        print(repr(data.decode(enc, err)))
    except Exception as e:
        print(type(e).__name__, e)
for text, enc, err in [('é', 'ascii', 'strict'), ('éü', 'ascii', 'strict'), ('aéü€', 'latin-1', 'xmlcharrefreplace'), ('é€😀', 'ascii', 'backslashreplace'),
    ('é', 'ascii', 'replace'), ('hi', 'utf-16', 'strict'), ('hi', 'utf-32', 'strict'), ('h😀', 'utf-16-be', 'strict'), ('x', 'utf8', 'strict'), ('é😀', 'utf-8', 'strict'), ('\udc80', 'utf-8', 'strict'), ('\udc80', 'utf-8', 'surrogateescape'), ('a€b', 'latin-1', 'ignore'), ('x', 'nope', 'strict')]:
    try:
        print(repr(text.encode(enc, err)))
    except Exception as e:
        print(type(e).__name__, e)
b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]), b'ell' in b, 104 in b, b.upper(), b.title() if False else '', b.split(), b.split(b'o'), b.replace(b'l', b'L'), b.find(b'o'), b.count(b'l'), b.startswith(b'he'), b.strip(b'hd'))
print(b + b'!', b * 2, 2 * b'ab', b'a' < b'b', b'abc' == b'abc', bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytes(b'x'), b''.join([b'a', b'b']), b'-'.join([b'x', b'y']))
print(b'\x00\x01\x7f\x80\xff\'"\\\t\n\r', b"it's", bytes.fromhex('de ad BE EF'), b'\xde\xad'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2), hash(b'abc') == hash('abc'), hash(b''))
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba[0] = 65; ba += b'!'
print(ba, len(ba), ba.pop(), ba.pop(0), ba, bytearray(3), bytearray('x', 'ascii'))
ba[1:3] = b'XYZ'
del ba[0]
print(ba, ba.decode(), bytes(ba), ba.upper(), b' a \t b\n'.split(), b'  x  '.strip(), b'a,b'.partition(b','), b'abc'.isalpha(), b'12'.isdigit(), b'\xa0x\xa0'.split())
try:
    print(b'a' + 'b')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes('x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes([256]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes(-1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'abc'[5])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytearray(b'a').pop(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytearray(b'a').append(300))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes.fromhex('zz'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'x'.decode('ascii', 'strict', 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(bytearray()))
except Exception as e:
    print(type(e).__name__, e)
print((255).to_bytes(2, 'big'), (-1).to_bytes(2, 'little', signed=True), int.from_bytes(b'\xff\x00', 'big', signed=True), int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(4, byteorder='big'))
