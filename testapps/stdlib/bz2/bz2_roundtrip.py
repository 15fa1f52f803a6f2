# bz2.compress/decompress round trips (PyPack's streams are valid bzip2, not libbz2's exact bytes,
# so only the content and the header are printed).
import bz2

samples = [b"", b"a", b"hello world " * 100, bytes(range(256)) * 20, "héllo ✓".encode()]
for data in samples:
    packed = bz2.compress(data)
    print(len(data), packed[:4], bz2.decompress(packed) == data)
for level in (1, 5, 9):
    print(level, bz2.compress(b"x" * 1000, level)[:4], bz2.decompress(bz2.compress(b"x" * 1000, compresslevel=level)) == b"x" * 1000)
two = bz2.compress(b"first ") + bz2.compress(b"second")
print(bz2.decompress(two))
print(bz2.decompress(two + b"trailing junk"))
print(bz2.decompress(bytearray(bz2.compress(b"from a bytearray"))))
print(bz2.decompress(memoryview(bz2.compress(b"from a memoryview"))))
print(bz2.decompress(b""))
for bad in (b"garbage", bz2.compress(b"abc")[:-3], b"BZh9"):
    try:
        bz2.decompress(bad)
    except Exception as e:
        print(type(e).__name__, e)
for level in (0, 10, -1):
    try:
        bz2.compress(b"x", level)
    except Exception as e:
        print(type(e).__name__, e)
try:
    bz2.compress("text")
except TypeError as e:
    print(type(e).__name__)
