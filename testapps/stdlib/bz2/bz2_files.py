# bz2.open and BZ2File: binary and text modes, paths and file objects, append, errors.
import bz2
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bz2")
    with bz2.open(path, "wb") as f:
        print(f.write(b"line one\n"), f.writable(), f.readable())
        f.writelines([b"line two\n", b"line three\n"])
        print(f.tell())
    print(f.closed)
    with bz2.open(path) as f:
        print(f.readline(), f.tell())
        print(f.read(4), f.readlines())
        print(f.seekable(), f.seek(0), f.read(4), f.peek()[:4])
    with bz2.BZ2File(path, "a") as f:
        f.write(b"appended\n")
    with bz2.BZ2File(path) as f:
        print([line for line in f])
    with bz2.open(path, "wt", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with bz2.open(path, "rt", encoding="utf-8") as f:
        print(f.read())
    with open(path, "rb") as raw:
        print(raw.read(3))
    try:
        bz2.BZ2File(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno)

buffer = io.BytesIO()
with bz2.BZ2File(buffer, "w") as f:
    f.write(b"in memory")
print(bz2.decompress(buffer.getvalue()))
with bz2.BZ2File(io.BytesIO(buffer.getvalue())) as f:
    print(f.read())
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
for call in (lambda: bz2.BZ2File(io.BytesIO(), "z"), lambda: bz2.BZ2File(123),
             lambda: bz2.open(io.BytesIO(), "wb", encoding="utf-8"),
             lambda: bz2.BZ2File(io.BytesIO(), "w", compresslevel=0)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
w = bz2.BZ2File(io.BytesIO(), "w")
try:
    w.read()
except Exception as e:
    print(type(e).__name__, e)
r = bz2.BZ2File(io.BytesIO(bz2.compress(b"x")))
try:
    r.write(b"x")
except Exception as e:
    print(type(e).__name__, e)
