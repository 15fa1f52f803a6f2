import io
import zipfile

# Stored members with fixed timestamps: the archive bytes are CPython's exactly.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr(zipfile.ZipInfo("hello.txt", (2020, 1, 2, 3, 4, 5)), b"hello world\n")
    z.writestr(zipfile.ZipInfo("empty/", (2020, 1, 2, 3, 4, 6)), b"")
    info = zipfile.ZipInfo("text.txt", (2024, 12, 31, 23, 59, 58))
    info.external_attr = 0o644 << 16
    z.writestr(info, "some text, é")
    z.writestr(zipfile.ZipInfo("ünïcode.txt", (2020, 1, 1, 0, 0, 0)), b"u")
    print(repr(info), info.header_offset, info.CRC, info.file_size, info.compress_size)
    print(z.namelist())
    print(z.read("hello.txt"))
data = buf.getvalue()
print(len(data))
print(data)

# Deflated members: sizes of the compressed data may differ between zlib versions, so only the content is printed.
buf = io.BytesIO()
text = b"".join(b"row %d: some repetitive content\n" % i for i in range(200))
with zipfile.ZipFile(buf, mode="w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("rows.txt", (2020, 5, 5, 5, 5, 5)), text)
    z.writestr("string.txt", "written from a str")
    z.writestr("level9.txt", text, compresslevel=9)
    z.writestr("stored.txt", b"not compressed", compress_type=zipfile.ZIP_STORED)
    z.writestr("dir/", b"")
    z.mkdir("made")
    for i in z.infolist():
        print(i.filename, i.compress_type, i.file_size, i.compress_size <= i.file_size + 10, oct(i.external_attr >> 16), hex(i.external_attr & 0xFFFF))
    z.comment = b"archive comment"
with zipfile.ZipFile(buf) as z:
    print(z.comment, z.namelist())
    print(z.read("rows.txt") == text, z.read("string.txt"), z.read("level9.txt") == text, z.read("stored.txt"))
    print([(i.filename, i.is_dir()) for i in z.infolist()])

# Append to an existing archive.
with zipfile.ZipFile(buf, "a") as z:
    z.writestr(zipfile.ZipInfo("appended.txt", (2021, 1, 1, 1, 1, 2)), b"added later")
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.read("appended.txt"), z.comment)

# Append to bytes that are not a zip: the archive follows them.
prefix = io.BytesIO(b"#!/bin/sh\necho self-extracting\n")
prefix.seek(0, 2)
with zipfile.ZipFile(prefix, "a") as z:
    z.writestr(zipfile.ZipInfo("payload.txt", (2020, 1, 1, 0, 0, 0)), b"payload")
print(prefix.getvalue()[:10])
with zipfile.ZipFile(prefix) as z:
    print(z.namelist(), z.read("payload.txt"), z.getinfo("payload.txt").header_offset)


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


zi = zipfile.ZipInfo()
print(repr(zi), zi.filename, zi.date_time, zi.compress_type, zi.external_attr)
attempt(zipfile.ZipInfo, "old.txt", (1979, 12, 31, 0, 0, 0))
w = zipfile.ZipFile(io.BytesIO(), "w")
w.close()
attempt(w.writestr, "late.txt", b"x")
attempt(zipfile.ZipFile, io.BytesIO(), "w", 99)
print(repr(w))
