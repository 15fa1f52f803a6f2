import zlib

TEXT = b"".join(b"line %d of a streamed document\n" % i for i in range(500))

# Compress in pieces, with the flush modes, and decompress in pieces.
for level in [0, 1, 6, 9]:
    for wbits in [15, -15, 31]:
        c = zlib.compressobj(level, zlib.DEFLATED, wbits)
        parts = []
        for i in range(0, len(TEXT), 1000):
            parts.append(c.compress(TEXT[i:i + 1000]))
            if i == 5000:
                parts.append(c.flush(zlib.Z_SYNC_FLUSH))
            if i == 9000:
                parts.append(c.flush(zlib.Z_FULL_FLUSH))
        parts.append(c.flush())
        data = b"".join(parts)
        d = zlib.decompressobj(wbits)
        out = b"".join(d.decompress(data[i:i + 97]) for i in range(0, len(data), 97))
        print(level, wbits, out == TEXT, d.eof, d.unused_data, d.unconsumed_tail, d.flush())

# The sync-flushed prefix decompresses on its own.
c = zlib.compressobj()
head = c.compress(b"first part, ") + c.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj()
print(d.decompress(head), d.eof)
print(d.decompress(c.compress(b"second part") + c.flush()), d.eof)
print(c.flush(zlib.Z_NO_FLUSH))
try:
    c.compress(b"more")
except zlib.error as e:
    print("zlib.error", e)
try:
    c.flush()
except zlib.error as e:
    print("zlib.error", e)

# Output limits: max_length and unconsumed_tail.
data = zlib.compress(b"a" * 1000 + b"b" * 1000)
d = zlib.decompressobj()
chunks = []
piece = d.decompress(data, 300)
while piece:
    chunks.append(len(piece))
    piece = d.decompress(d.unconsumed_tail, 300)
print(chunks, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(data, 10)
print(first, len(first + d.flush()))

# Data after the end of the stream.
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"payload") + b"extra"), d.eof, d.unused_data)
try:
    d.decompress(b"more")
except zlib.error as e:
    print("zlib.error", e)
print(d.unused_data)
d = zlib.decompressobj()
whole = zlib.compress(b"xyz")
print(d.decompress(whole[:-2]), d.eof, d.flush(), d.eof, d.decompress(whole[-2:] + b"!"), d.eof, d.unused_data)

# Several gzip members, one after another, the way gzip files may hold them.
members = zlib.compress(b"one ", 6, 31) + zlib.compress(b"two", 6, 31)
d = zlib.decompressobj(31)
first = d.decompress(members)
rest = d.unused_data
d2 = zlib.decompressobj(31)
print(first, d2.decompress(rest), d2.eof)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
