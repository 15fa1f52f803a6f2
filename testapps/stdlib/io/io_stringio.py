import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld 😀\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print("line:", repr(line))
t = io.StringIO("initial\ntext\nend")
print(t.tell(), repr(t.read(7)), t.tell())
t.seek(0, io.SEEK_END)
t.write("!")
print(repr(t.getvalue()))
t.seek(3)
t.write("XY")
print(repr(t.getvalue()))
print(t.truncate(5), repr(t.getvalue()))
print(t.readable(), t.writable(), t.seekable(), t.closed)
t.close()
print(t.closed)
try:
    t.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
print(type(io.StringIO()).__name__)
