import gzip
import io

# Made by CPython's gzip.compress.
CPYTHON_GZ = b'\x1f\x8b\x08\x00\x00\xf1Se\x02\xffK\xaf\xca,P\xc8M\xcdMJ-R\xc8MLIUH\xaaTp\x0e\xa8,\xc9\xc8\xcf\xe3J\x1f\x95\x1b\x95C\x93\x03\x00\xf6\xfa\xffE0\x02\x00\x00'
TWO_MEMBERS = b'\x1f\x8b\x08\x00\x01\x00\x00\x00\x02\xffK\xcb,*.\xe1\x02\x00*\xb3J\xc7\x06\x00\x00\x00\x1f\x8b\x08\x00\x02\x00\x00\x00\x02\xff+NM\xce\xcfK\xe1\x02\x00~\xc0\x0f\x06\x07\x00\x00\x00\x00\x00\x00\x00'

print(gzip.decompress(CPYTHON_GZ)[:28], len(gzip.decompress(CPYTHON_GZ)))
print(gzip.decompress(TWO_MEMBERS))
print(gzip.decompress(b""))

for level in [0, 1, 5, 9]:
    for data in [b"", b"x", b"hello gzip " * 100, bytes(range(256)) * 30]:
        packed = gzip.compress(data, level, mtime=1234567890)
        print(level, len(data), packed[:10], packed[-8:], gzip.decompress(packed) == data)
print(gzip.compress(b"", mtime=0), gzip.compress(b"", 1, mtime=0), gzip.compress(b"abc", 0, mtime=0))
print(gzip.compress(b"abc", 0, mtime=7))
print(gzip.decompress(gzip.compress(b"no mtime")) == b"no mtime", gzip.compress(b"")[:4])
print(gzip.decompress(bytearray(gzip.compress(b"ba", mtime=0))))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


good = gzip.compress(b"hi there", mtime=0)
attempt(gzip.decompress, b"xx")
attempt(gzip.decompress, b"\x1f\x8b\x07")
attempt(gzip.decompress, b"\x1f\x8b\x09\x00\x00\x00\x00\x00\x00\x03")
attempt(gzip.decompress, good[:-1])
attempt(gzip.decompress, good[:-8] + b"\x00" * 8)
attempt(gzip.decompress, good[:-4] + b"\x00" * 4)
attempt(gzip.decompress, good + b"xx")
attempt(gzip.decompress, "text")
attempt(gzip.compress, "text")
attempt(gzip.compress, b"x", 10, mtime=0)
print(gzip.BadGzipFile.__mro__)
