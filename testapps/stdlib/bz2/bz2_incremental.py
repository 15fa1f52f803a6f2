# BZ2Compressor and BZ2Decompressor: data given in pieces, eof, unused_data, needs_input.
import bz2

c = bz2.BZ2Compressor()
pieces = [c.compress(b"hello "), c.compress(b"world"), c.flush()]
print(pieces[0], pieces[1], bz2.decompress(b"".join(pieces)))
for call in (c.flush, lambda: c.compress(b"x")):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bz2.BZ2Compressor(0)
except ValueError as e:
    print(type(e).__name__, e)

data = bz2.compress(b"hello" * 10)
d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
print(d.decompress(data[:5]), d.eof, d.needs_input)
rest = d.decompress(data[5:] + b"rest")
print(rest[:10], len(rest), d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print(type(e).__name__, e)

d = bz2.BZ2Decompressor()
parts = []
for i in range(0, len(data), 7):
    parts.append(d.decompress(data[i:i + 7]))
print(b"".join(parts) == b"hello" * 10, d.eof, d.unused_data)

d = bz2.BZ2Decompressor()
first = d.decompress(data + b"xy", max_length=8)
print(first, d.needs_input, d.eof, d.unused_data)
print(len(d.decompress(b"", max_length=20)), d.needs_input, d.eof, d.unused_data)
print(len(d.decompress(b"")), d.needs_input, d.eof, d.unused_data)

d = bz2.BZ2Decompressor()
try:
    d.decompress(b"not bzip2 data at all")
except OSError as e:
    print(type(e).__name__, e)
