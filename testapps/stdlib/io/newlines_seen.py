# The newlines attribute of text files, TextIOWrapper and StringIO: None before any read decodes
# text, then the line endings met under newline None or '' (never under '\n').
import io, os, tempfile

path = os.path.join(tempfile.mkdtemp(), 'nl.txt')
with open(path, 'wb') as f:
    f.write(b'a\r\nb\nc\rd')
for nl in (None, '', '\n', '\r\n'):
    with open(path, newline=nl) as f:
        print(repr(nl), repr(f.newlines), end=' ')
        print(repr(f.readline()), repr(f.newlines), end=' ')
        print(repr(f.read()), repr(f.newlines))
with open(path, 'wb') as f:
    f.write(b'only\nunix\n')
with open(path) as f:
    print([line for line in f], f.newlines)
with open(path, 'w') as f:
    f.write('x\r\n')
    print(f.newlines)
s = io.StringIO('a\r\nb\nc', newline=None); s.read(); print(repr(s.newlines))
s = io.StringIO('a\r\nb', newline=''); print(repr(s.newlines)); s.read(); print(repr(s.newlines))
b = io.TextIOWrapper(io.BytesIO(b'x\r\ny\n')); print(b.newlines); b.read(); print(repr(b.newlines))
b = io.TextIOWrapper(io.BytesIO(b'x\ry\r'), newline=''); b.readline(); print(repr(b.newlines))
os.remove(path)
