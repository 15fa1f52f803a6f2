import gzip
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "log.txt.gz")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        print(type(f).__name__)
        f.write("first line\n")
        f.write("héllo wörld\n")
        f.writelines(["a\n", "b\n"])
        print("printed into it", file=f)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(type(f).__name__, f.readline(), end="")
        print(f.read())
    with gzip.open(path, "rt") as f:
        print(list(f))
    with open(path, "rb") as raw:
        print(gzip.decompress(raw.read()))
    with gzip.open(path, "wt", newline="\r\n") as f:
        f.write("crlf\nlines\n")
    print(gzip.open(path).read())
    with gzip.open(path, "rt", newline="") as f:
        print(repr(f.read()))
    with gzip.open(path, "rt") as f:
        print(repr(f.read()))
    with gzip.open(path, "at", encoding="latin-1") as f:
        f.write("appended ÿ\n")
    print(gzip.open(path).read())
    with gzip.open(path, "rt", encoding="latin-1", errors="strict") as f:
        print(f.read().splitlines())
finally:
    for dirpath, dirnames, filenames in os.walk(tmp, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)

buf = io.BytesIO()
with gzip.open(buf, "wt") as f:
    f.write("in memory text\n")
print(buf.closed, gzip.decompress(buf.getvalue()))
buf.seek(0)
with gzip.open(buf, "rt") as f:
    print(f.read())
try:
    gzip.open(io.BytesIO(gzip.compress("é".encode("latin-1"))), "rt", encoding="ascii").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    gzip.open(io.BytesIO(), "rtb")
except ValueError as e:
    print("ValueError", e)
