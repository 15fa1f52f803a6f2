import io
import tarfile


def member(name, data=b"", **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1600000000
    for key, value in fields.items():
        setattr(info, key, value)
    return info, io.BytesIO(data)


# Written with fixed fields, the archive is byte for byte CPython's.
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as tar:
    tar.addfile(*member("hello.txt", b"hello tar\n"))
    info, _ = member("docs", type=tarfile.DIRTYPE, mode=0o755)
    tar.addfile(info)
    tar.addfile(*member("docs/readme.md", b"# Title\n" * 100, uname="alice", gname="staff", uid=1000, gid=50))
    tar.addfile(member("link", type=tarfile.SYMTYPE, linkname="hello.txt")[0])
    tar.addfile(*member("long/" + "n" * 120 + ".txt", b"long name"))
    tar.addfile(*member("ünïcode.txt", b"u"))
    tar.addfile(*member("float-time.txt", b"f", mtime=1600000000.5))
data = buf.getvalue()
print(len(data), len(data) % tarfile.RECORDSIZE)
print(data[:512])
print(data[512:522])

buf.seek(0)
with tarfile.open(fileobj=buf) as tar:
    print(tar.getnames())
    for m in tar.getmembers():
        print(m.name, m.size, oct(m.mode), m.type, m.mtime, m.uid, m.gid, m.uname, m.gname, m.linkname, m.offset, m.offset_data,
              m.isfile(), m.isreg(), m.isdir(), m.issym(), m.islnk(), m.isdev(), sorted(m.pax_headers.items()))
    f = tar.extractfile("hello.txt")
    print(f.read(), f.read())
    print(tar.extractfile("docs/readme.md").readline(), tar.extractfile("docs"))
    print(tar.extractfile(tar.getmember("long/" + "n" * 120 + ".txt")).read())
    print([m.name for m in tar])
    tar.list(verbose=False)

# The same members in the GNU and ustar formats.
for fmt in [tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT]:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as tar:
        tar.addfile(*member("plain.txt", b"plain"))
        tar.addfile(*member("dir/" * 30 + "deep.txt", b"deep"))
    out.seek(0)
    with tarfile.open(fileobj=out) as tar:
        print(fmt, len(out.getvalue()), [(m.name[-12:], m.size) for m in tar.getmembers()], tar.extractfile("plain.txt").read())

info = tarfile.TarInfo("x.txt")
print(info.name, info.path, info.size, oct(info.mode), info.type, info.mtime, info.uid, info.uname, repr(info.linkname))
print(len(info.tobuf()), info.tobuf()[:10], len(tarfile.TarInfo("a" * 150).tobuf()), tarfile.TarInfo("a" * 150).tobuf(tarfile.GNU_FORMAT)[:13])
info.path = "renamed.txt"
print(info.name)
print(tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.XHDTYPE, tarfile.GNUTYPE_LONGNAME)
print(tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT, tarfile.DEFAULT_FORMAT, tarfile.ENCODING, tarfile.BLOCKSIZE, tarfile.RECORDSIZE)
