# io.TextIOWrapper over BytesIO: encoding, errors, newline translation, buffering, detach and close.
import io

b = io.BytesIO()
t = io.TextIOWrapper(b)
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is b)
print(t.write('h\u00e9llo\nw\u00f6rld\n'), b.getvalue())
t.flush()
print(b.getvalue())
t.write('more')
print(t.detach() is b, b.getvalue())
for op in [lambda: t.write('x'), lambda: t.flush(), lambda: t.buffer, lambda: t.detach()]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='latin-1', write_through=True)
t.write('caf\u00e9\n')
print(b.getvalue(), t.encoding, t.write_through)
try:
    t.write('\u20ac')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
t2 = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='replace', write_through=True)
t2.write('na\u00efve \u2603')
print(t2.buffer.getvalue(), t2.errors)
t3 = io.TextIOWrapper(io.BytesIO(), encoding='utf-16', write_through=True)
t3.write('hi')
print(t3.buffer.getvalue())

for newline in [None, '', '\n', '\r', '\r\n']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, newline=newline, write_through=True)
    t.write('a\nb\r\nc\rd')
    print(repr(newline), b.getvalue())

data = b'one\ntwo\r\nthree\rfour'
for newline in [None, '', '\n', '\r', '\r\n']:
    t = io.TextIOWrapper(io.BytesIO(data), newline=newline)
    print(repr(newline), repr(t.readline()), t.readlines())
t = io.TextIOWrapper(io.BytesIO('\u00e9t\u00e9\nhiver\n'.encode('utf-8')), encoding='utf-8')
print(t.read(2), repr(t.read()), repr(t.read()), repr(t.readline()))
t = io.TextIOWrapper(io.BytesIO(b'l1\nl2\nl3'))
print([text for text in t])
t = io.TextIOWrapper(io.BytesIO(b'\xff\xfeok'), errors='replace')
print(repr(t.read()))
try:
    io.TextIOWrapper(io.BytesIO(b'\xff')).read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

b = io.BytesIO()
t = io.TextIOWrapper(b, line_buffering=True)
t.write('no newline yet')
print(b.getvalue())
t.write(' ... now\n')
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b)
t.write('x' * 9000)
print(len(b.getvalue()))
with io.TextIOWrapper(io.BytesIO()) as t:
    t.write('closing flushes')
    inner = t.buffer
print(t.closed, inner.closed)
for op in [lambda: t.write('x'), lambda: t.read()]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [lambda: io.TextIOWrapper(io.BytesIO(), encoding='nope'), lambda: io.TextIOWrapper(io.BytesIO(), newline='x'),
            lambda: io.TextIOWrapper(io.BytesIO()).write(b'bytes'), lambda: io.TextIOWrapper(io.BytesIO(), encoding=5)]:
    try:
        bad()
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
