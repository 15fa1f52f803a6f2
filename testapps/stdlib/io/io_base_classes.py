# io.IOBase, RawIOBase, BufferedIOBase and TextIOBase: subclassed with write/read/readline/readinto
# defined, the rest comes from the base (print(file=), writelines, iteration, readlines with a hint,
# context manager, close/closed, flush on a closed stream, UnsupportedOperation for the rest);
# isinstance of the builtin streams (StringIO, BytesIO, files, sys.stdout) against them.
import io
import os
import sys
import tempfile

class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

u = Upper()
print(isinstance(u, io.IOBase), isinstance(u, io.TextIOBase), isinstance(u, io.RawIOBase))
print("hello", "world", file=u)
u.writelines(["a\n", "b\n"])
print(u.parts, u.closed, u.readable(), u.writable(), u.seekable(), u.encoding, u.errors, u.newlines)
with u as same:
    print(same is u, u.closed)
print(u.closed)
try:
    u.write("x")
    print("wrote after close", u.parts[-1])
except ValueError as e:
    print("ValueError", e)
try:
    u.flush()
except ValueError as e:
    print("ValueError", e)
for name in ("read", "readline", "fileno", "seek", "detach"):
    try:
        getattr(Upper(), name)(*(() if name in ("read", "readline", "fileno", "detach") else (0,)))
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))

class Lines(io.TextIOBase):
    def __init__(self, text):
        self.rest = text.splitlines(keepends=True)
    def readable(self):
        return True
    def readline(self, size=-1):
        return self.rest.pop(0) if self.rest else ""

print(list(Lines("x\ny\nz")), Lines("1\n2\n3\n").readlines(), Lines("1\n2\n3\n").readlines(2))
for line in Lines("p\nq\n"):
    print(repr(line))

class Bytes(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

r = Bytes(b"ab\ncd\nef")
print(r.read(2), r.readline(), r.readall(), Bytes(b"1\n2").readlines(), list(Bytes(b"x\ny")))

class Sink(io.BufferedIOBase):
    def __init__(self):
        self.data = b""
    def write(self, b):
        self.data += b
        return len(b)

s = Sink()
s.writelines([b"1", b"2"])
print(s.data, isinstance(s, io.BufferedIOBase))
try:
    s.read()
except io.UnsupportedOperation as e:
    print("read", e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.IOBase), issubclass(io.StringIO, io.IOBase))
print(io.IOBase, io.TextIOBase.__name__, io.TextIOBase.__module__)
sio = io.StringIO("k")
sio.close()
print(sio.closed, io.StringIO().encoding, io.StringIO().errors)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("fileno", e)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdin.closed, sys.stdout.closed)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    with open(path, "w", encoding="utf-8") as f:
        print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), f.encoding, f.closed)
        f.write("one\ntwo\n")
    print(f.closed)
    with open(path, "rb") as f:
        print(isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase), f.readlines())
    with open(path, encoding="utf-8") as f:
        print([line for line in f])
