import io
import zipfile

# An archive written by CPython's zipfile (deflated and stored members, a directory, a UTF-8 name, a comment).
CPYTHON_ZIP = b'PK\x03\x04\x14\x00\x00\x00\x00\x00\xc0c\xc1R\xde5\xf5\xe9\x96\x00\x00\x00\x96\x00\x00\x00\x0f\x00\x00\x00docs/readme.txtRead me first.\nRead me first.\nRead me first.\nRead me first.\nRead me first.\nRead me first.\nRead me first.\nRead me first.\nRead me first.\nRead me first.\nPK\x03\x04\x14\x00\x00\x00\x00\x00\xc0c\xc1R\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00docs/PK\x03\x04\x14\x00\x00\x00\x00\x00\xa3 CT\xffy\x0c\xb52\x00\x00\x002\x00\x00\x00\x08\x00\x00\x00data.bin\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\'()*+,-./01PK\x03\x04\x14\x00\x00\x08\x00\x00\x00\x00!Vx\xd5/\x1d\x0c\x00\x00\x00\x0c\x00\x00\x00\n\x00\x00\x00na\xc3\xafve.txtunicode namePK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\xc0c\xc1R\xde5\xf5\xe9\x96\x00\x00\x00\x96\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00docs/readme.txtPK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\xc0c\xc1R\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\xc3\x00\x00\x00docs/PK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\xa3 CT\xffy\x0c\xb52\x00\x00\x002\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\xe6\x00\x00\x00data.binPK\x01\x02\x14\x03\x14\x00\x00\x08\x00\x00\x00\x00!Vx\xd5/\x1d\x0c\x00\x00\x00\x0c\x00\x00\x00\n\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01>\x01\x00\x00na\xc3\xafve.txtPK\x05\x06\x00\x00\x00\x00\x04\x00\x04\x00\xde\x00\x00\x00r\x01\x00\x00\x0f\x00made by CPython'

z = zipfile.ZipFile(io.BytesIO(CPYTHON_ZIP))
print(z.namelist())
print(z.comment, z.mode)
for info in z.infolist():
    print(repr(info))
    print(" ", info.filename, info.date_time, info.compress_type, info.file_size, info.compress_size, info.CRC, info.header_offset)
    print(" ", info.create_system, info.create_version, info.extract_version, info.flag_bits, info.external_attr, info.internal_attr,
          info.comment, info.extra, info.volume, info.reserved, info.is_dir(), info.orig_filename)
print(z.read("docs/readme.txt")[:30], len(z.read("docs/readme.txt")))
print(z.read("data.bin"))
print(z.read(z.getinfo("naïve.txt")))
with z.open("docs/readme.txt") as f:
    print(f.readline(), f.read(4), f.readable(), f.seekable())
    print(len(f.readlines()))
with z.open("data.bin") as f:
    print(f.read(3), f.tell(), f.seek(10), f.read(2))
for line in z.open("docs/readme.txt"):
    print(line)
    break
z.printdir()
print(z.testzip())
z.close()
print(repr(z))
with zipfile.ZipFile(io.BytesIO(CPYTHON_ZIP), "r") as z2:
    print(len(z2.infolist()), z2.getinfo("data.bin").file_size)

print(zipfile.is_zipfile(io.BytesIO(CPYTHON_ZIP)), zipfile.is_zipfile(io.BytesIO(b"not a zip")))
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.BadZipfile is zipfile.BadZipFile)
print(zipfile.BadZipFile.__mro__)
print(zipfile.LargeZipFile.__mro__)


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


z = zipfile.ZipFile(io.BytesIO(CPYTHON_ZIP))
attempt(z.getinfo, "missing.txt")
attempt(z.read, "missing.txt")
attempt(z.writestr, "new.txt", b"x")
attempt(z.open, "data.bin", "q")
z.close()
attempt(z.read, "data.bin")
attempt(zipfile.ZipFile, io.BytesIO(b"not a zip file at all"))
attempt(zipfile.ZipFile, io.BytesIO(b""))
attempt(zipfile.ZipFile, io.BytesIO(CPYTHON_ZIP), "q")
attempt(zipfile.ZipFile, "missing.zip")
corrupt = bytearray(CPYTHON_ZIP)
start = corrupt.index(bytes(range(50)))
corrupt[start] = 99
attempt(zipfile.ZipFile(io.BytesIO(bytes(corrupt))).read, "data.bin")
print(zipfile.ZipFile(io.BytesIO(bytes(corrupt))).testzip())
