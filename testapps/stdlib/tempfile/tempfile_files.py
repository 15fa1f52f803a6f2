"""tempfile.NamedTemporaryFile and TemporaryFile: modes, names, deletion, file methods."""
import os
import tempfile

base = tempfile.mkdtemp(prefix="tftest-")

with tempfile.NamedTemporaryFile(dir=base, prefix="n-", suffix=".dat") as f:
    name = f.name
    print(os.path.isabs(name), os.path.dirname(name) == base, os.path.basename(name).startswith("n-"), name.endswith(".dat"))
    print(f.mode, f.delete, f.closed, oct(os.stat(name).st_mode & 0o777))
    print(f.write(b"line one\nline two\n"), f.tell())
    f.flush()
    with open(name, "rb") as g:
        print("on disk:", g.read())
    f.seek(0)
    print(f.readline(), f.read(4), f.read())
    f.seek(5)
    print(f.readlines())
    f.seek(0)
    print(list(f), f.seek(0, 2), f.truncate(4), f.seek(0), f.read())
    print(f.readable(), f.writable(), f.seekable(), type(f.fileno()).__name__)
print("deleted on exit:", os.path.exists(name), f.closed)

f = tempfile.NamedTemporaryFile("w+", dir=base, delete=False, encoding="utf-8")
print(f.mode, f.encoding, f.delete)
f.write("héllo\nwörld\r\nlast")
f.seek(0)
print(repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.read()))
f.seek(0)
print([line for line in f])
f.close()
print("kept:", os.path.exists(f.name), f.closed)
with open(f.name, encoding="utf-8", newline="") as g:
    print(repr(g.read()))
os.unlink(f.name)

f = tempfile.NamedTemporaryFile(mode="w", dir=base, newline="\r\n")
f.write("a\nb\n")
f.flush()
with open(f.name, "rb") as g:
    print(g.read())
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e)
f.close()
print(os.path.exists(f.name))
try:
    f.write("x")
except ValueError as e:
    print(type(e).__name__, e)

with tempfile.TemporaryFile(dir=base) as t:
    print(type(t.name).__name__, t.mode, os.listdir(base))
    t.write(b"abc")
    t.seek(0)
    print(t.read())

with tempfile.TemporaryFile("w+t", dir=base) as t:
    t.write("text\n")
    t.seek(0)
    print(repr(t.read()), t.mode)

try:
    tempfile.NamedTemporaryFile(mode="rw", dir=base)
except ValueError as e:
    print(type(e).__name__, e)
try:
    with tempfile.NamedTemporaryFile(dir=base) as f:
        f.write("str in binary")
except TypeError as e:
    print(type(e).__name__, e)

print("left:", os.listdir(base))
os.rmdir(base)
