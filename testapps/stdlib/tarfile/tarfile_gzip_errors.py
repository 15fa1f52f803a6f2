import io
import tarfile

# A gzipped tar written by CPython.
CPYTHON_TGZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xed\xd3=\x0e\x82@\x10\x86\xe1\xa9=\x05\x17@\xf7\x97\x0bx\x01\xaf\x00\x88\xb1a\xd7\xc0\x92\xc8\xed\xddl\xa9\x896j\xc3\xfb4\xdft3\xc5|c{\x1e\xean\xad\xfb\xdb\x9a\xae1\xec\xd3=\xc9\xb7\xa9\xacq\xaed\xf6\x9cJ\x19/Zk\xe7\x9d\xd2\xd6\x18QZ{k\xa5R\xf2\x07\xcb\x9c\xda)\x9f"\xdb\xd4\xc7\x90\x86\x90\xaa\xcb\x14\xc7\xeax*O\xb0\x13l\xc5\xbct\x87_\xef\xf8\xd8\xff\x97\xb9)\xfd\xf7\xf4\x1f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00x\xeb\x01\x91\xe5\x96e\x00(\x00\x00'

for mode in ["r", "r:*", "r:gz"]:
    with tarfile.open(fileobj=io.BytesIO(CPYTHON_TGZ), mode=mode) as tar:
        print(mode, tar.getnames(), tar.extractfile("made-by-cpython.txt").read())

out = io.BytesIO()
with tarfile.open(fileobj=out, mode="w:gz") as tar:
    info = tarfile.TarInfo("zipped.txt")
    payload = b"compressed member\n" * 50
    info.size = len(payload)
    tar.addfile(info, io.BytesIO(payload))
print(out.getvalue()[:3])
out.seek(0)
with tarfile.open(fileobj=out, mode="r:gz") as tar:
    m = tar.getmember("zipped.txt")
    print(m.size, tar.extractfile(m).read() == payload)
print(tarfile.is_tarfile(io.BytesIO(CPYTHON_TGZ)), tarfile.is_tarfile(io.BytesIO(b"no")))

# Appending to an uncompressed archive.
plain = io.BytesIO()
with tarfile.open(fileobj=plain, mode="w") as tar:
    info = tarfile.TarInfo("first.txt")
    info.size = 5
    tar.addfile(info, io.BytesIO(b"first"))
plain.seek(0)
with tarfile.open(fileobj=plain, mode="a") as tar:
    info = tarfile.TarInfo("second.txt")
    info.size = 6
    tar.addfile(info, io.BytesIO(b"second"))
plain.seek(0)
with tarfile.open(fileobj=plain) as tar:
    print(tar.getnames(), tar.extractfile("second.txt").read())
    print(tar.next())


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(tarfile.open, fileobj=io.BytesIO(b"not a tar" * 100))
attempt(tarfile.open, fileobj=io.BytesIO(b"not a tar" * 100), mode="r:gz")
attempt(tarfile.open, fileobj=io.BytesIO(b"not a tar" * 100), mode="r:")
attempt(tarfile.open, fileobj=io.BytesIO(b""), mode="r:")
attempt(tarfile.open, fileobj=io.BytesIO(b""))
attempt(tarfile.open, fileobj=io.BytesIO(), mode="q")
attempt(tarfile.open, fileobj=io.BytesIO(), mode="w:zz")
attempt(tarfile.open, "missing.tar")
attempt(tarfile.open)
bad = bytearray(CPYTHON_TGZ)
plain.seek(0)
broken = bytearray(plain.getvalue())
broken[148] = ord("9")
attempt(tarfile.open, fileobj=io.BytesIO(bytes(broken)), mode="r:")
tar = tarfile.open(fileobj=io.BytesIO(CPYTHON_TGZ))
attempt(tar.getmember, "missing")
attempt(tar.addfile, tarfile.TarInfo("x"))
tar.close()
attempt(tar.getnames)
attempt(tar.extractfile, "made-by-cpython.txt")
w = tarfile.open(fileobj=io.BytesIO(), mode="w")
attempt(w.getnames)
attempt(w.extractfile, "x")
print(tarfile.ReadError.__mro__)
print(tarfile.CompressionError.__mro__, tarfile.HeaderError.__mro__, tarfile.ExtractError.__mro__, tarfile.StreamError.__mro__)
