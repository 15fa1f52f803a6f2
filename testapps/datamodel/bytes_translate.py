# bytes/bytearray.maketrans and translate: results, identity of an unchanged exact bytes, argument errors.
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], type(t).__name__)
print(type(bytearray.maketrans(b'a', b'b')).__name__)
print(bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97])
for bad in [(b'ab', b'a'), ('a', b'b'), (b'a', 'b'), (1, b'')]:
    try:
        bytes.maketrans(*bad)
    except Exception as e:
        print(type(e).__name__, e)
s = b'hello world'
print(s.translate(t), s.translate(None, b'lo'), s.translate(t, b'h'), s.translate(None, delete=b'o'))
xyz = bytes([120, 121, 122])
print(s.translate(None) is s, s.translate(t) is s, xyz.translate(t) is xyz, s.translate(None, b"q") is s)
ba = bytearray(b'abc')
r = ba.translate(None)
print(r, r is ba, type(r).__name__, ba.translate(t, b'c'))
class B(bytes): pass
b = B(b'qq')
print(type(b.translate(None)).__name__, b.translate(None) is b)
for args, kw in [((b'short',), {}), (('x' * 256,), {}), ((None, 'x'), {}), ((), {}), ((None,), {'table': None}), ((None, b'', b''), {}), ((), {'table': None})]:
    try:
        print(s.translate(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
empty = bytes()
print(empty.translate(None, b"a") is empty, b"aaa".translate(None, b"a") is empty)
print(bytearray(b'ab').translate(bytearray(t)), s.translate(memoryview(t)))
try:
    bytearray.maketrans(b'a', b'bc')
except ValueError as e:
    print(e)
