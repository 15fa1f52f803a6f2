# Compressed bytes are zlib 1.2.13's own: lengths, checksums and bytes of compress(),
# compressobj() streams, gzip, zipfile and tarfile's gz mode, as CPython prints them.
import binascii
import gzip
import io
import tarfile
import zipfile
import zlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog %d\n" % (i, i * i % 97) for i in range(3000))
seed = 12345
noise = bytearray()
for _ in range(70000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    noise.append(seed >> 23)
noise = bytes(noise)
runs = b"a" * 1000 + b"b" * 70000 + b"ab" * 5000


def show(label, data):
    print(f"{label}: len={len(data)} crc={zlib.crc32(data):08x} head={data[:12].hex()} tail={data[-8:].hex()}")


for name, data in (("text", text), ("noise", noise), ("runs", runs), ("empty", b""), ("one", b"x")):
    for level in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
        show(f"compress {name} level={level}", zlib.compress(data, level))
    show(f"compress {name} raw", zlib.compress(data, 6, -15))
    show(f"compress {name} gzip", zlib.compress(data, 9, 31))
    show(f"compress {name} wbits=9", zlib.compress(data, 6, 9))

print(zlib.compress(b"hello hello hello hello").hex())
print(zlib.compress(b"abc", 0).hex())

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    for mem in (1, 8, 9):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        show(f"strategy={strategy} memLevel={mem}", c.compress(text + runs) + c.flush())

# A stream fed in pieces with every flush mode in between.
c = zlib.compressobj(level=5)
parts = [c.compress(text[:100]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(text[100:5000]), c.flush(zlib.Z_FULL_FLUSH),
         c.compress(noise[:3000]), c.flush(zlib.Z_PARTIAL_FLUSH), c.compress(runs), c.flush(zlib.Z_BLOCK),
         c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_FINISH)]
print([len(p) for p in parts])
show("pieces", b"".join(parts))
print(zlib.decompress(b"".join(parts)) == text[:5000] + noise[:3000] + runs)
print(zlib.compressobj().compress(b""), zlib.compressobj(wbits=-15).compress(b""))

# Level 0 stored blocks are sized by the room CPython's output buffer has.
c = zlib.compressobj(0)
stored = [c.compress(noise[:50000]), c.compress(noise[50000:]), c.flush()]
print([len(p) for p in stored])
show("stored big", zlib.compress(noise * 20, 0))

# copy() continues independently.
c = zlib.compressobj(9)
c.compress(text[:20000])
d = c.copy()
first = c.compress(text[20000:]) + c.flush()
second = d.compress(noise) + d.flush()
show("copy original", first)
show("copy copy", second)

# A preset dictionary.
zdict = b"the quick brown fox jumps over the lazy dog line"
c = zlib.compressobj(zdict=zdict)
withdict = c.compress(text[:2000]) + c.flush()
show("zdict", withdict)
print(withdict[:40].hex())
try:
    zlib.compressobj(wbits=31, zdict=zdict)
except ValueError as e:
    print("ValueError:", e)
try:
    zlib.compressobj().flush(6)
except zlib.error as e:
    print("zlib.error:", e)

# gzip: with mtime=0 zlib writes the header; otherwise gzip's own header (OS 255).
show("gzip mtime=0", gzip.compress(text, mtime=0))
show("gzip mtime=1", gzip.compress(text, compresslevel=6, mtime=1))
show("gzip level 1", gzip.compress(noise, compresslevel=1, mtime=1700000000))
buf = io.BytesIO()
with gzip.GzipFile(filename="data.txt", mode="wb", fileobj=buf, mtime=1234567890) as f:
    f.write(text[:7000])
    f.write(b"")
    f.flush()
    f.write(runs)
show("GzipFile", buf.getvalue())

# zipfile: deflated members at several levels.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("text.txt", (2020, 1, 2, 3, 4, 6)), text, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("noise.bin", (2020, 1, 2, 3, 4, 6)), noise, zipfile.ZIP_DEFLATED, 9)
    z.writestr(zipfile.ZipInfo("runs.bin", (2020, 1, 2, 3, 4, 6)), runs, zipfile.ZIP_DEFLATED, 1)
for info in zipfile.ZipFile(buf).infolist():
    print(info.filename, info.compress_size, info.file_size, f"{info.CRC:08x}")
show("zip", buf.getvalue())

# tarfile's gz mode: the gzip header holds the current time, so compare from the deflate data on.
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as t:
    for name, data in (("a.txt", text), ("b.bin", runs)):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 1600000000
        t.addfile(info, io.BytesIO(data))
gz = buf.getvalue()
show("tar.gz body", gz[10:])
