import gzip
import io
import os
import tempfile

lines = [b"alpha\n", b"beta\n", b"gamma\n", b"no newline at the end"]
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "notes.txt.gz")
    with gzip.open(path, "wb") as f:
        print(type(f).__name__, f.mode, f.writable(), f.readable())
        for line in lines:
            print(f.write(line))
        print(f.tell())
    with open(path, "rb") as raw:
        head = raw.read(10 + len(b"notes.txt") + 1)
    print(head[:3], head[4:8] != b"\x00\x00\x00\x00", head[8:], head[10:])
    with gzip.open(path) as f:
        print(f.mode, f.readable(), f.read(5), f.tell())
        print(f.readline(), f.readline(3), f.readline())
        print(f.read(), f.read(), f.tell())
        f.seek(6)
        print(f.read(4), f.mtime > 0)
    with gzip.GzipFile(path) as f:
        print(list(f))
    with gzip.open(path, "rb") as f:
        print(f.readlines())
    print(gzip.open(path).read() == b"".join(lines))
    with gzip.open(path, "ab") as f:
        f.write(b"\nappended member")
    print(gzip.open(path).read()[-20:])
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(b"level one")
    with open(path, "rb") as raw:
        print(raw.read()[8:10])
finally:
    for dirpath, dirnames, filenames in os.walk(tmp, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)

# In memory, through fileobj.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"in memory ")
    f.write(bytearray(b"data"))
data = buf.getvalue()
print(data[:10], len(data) > 18)
with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
    print(f.name == "", f.mtime, f.read(), f.mtime)
named = io.BytesIO()
with gzip.GzipFile(filename="report.csv.gz", fileobj=named, mode="wb", mtime=99) as f:
    f.write(b"a,b\n")
print(named.getvalue()[:21])
print(gzip.decompress(named.getvalue()))
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"peek me", mtime=0)))
print(f.peek(1)[:1], f.read1(4), f.read())
f.close()
print(f.closed)


def attempt(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(f.read)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="w")
attempt(w.read)
attempt(w.write, "str")
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"x", mtime=0)))
attempt(r.write, b"x")
attempt(gzip.GzipFile, fileobj=io.BytesIO(), mode="z")
attempt(gzip.GzipFile, fileobj=io.BytesIO(), mode="rt")
attempt(gzip.open, "/nonexistent/dir/x.gz")
attempt(gzip.open, io.BytesIO(), "rb", encoding="utf-8")
attempt(gzip.open, io.BytesIO(), "rtb")
attempt(gzip.open, 123)
attempt(gzip.GzipFile(fileobj=io.BytesIO(b"garbage")).read)
attempt(gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"cut short", mtime=0)[:-5])).read)
print(gzip.READ, gzip.WRITE)
