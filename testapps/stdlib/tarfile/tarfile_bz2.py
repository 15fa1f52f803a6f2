# bzip2-compressed tar archives: reading CPython's, writing and reading back, detection by "r"
# and "r:*", compresslevel, and the errors of a wrong compression.
import io
import tarfile

# A bz2 tar written by CPython.
CPYTHON_TBZ = b'BZh91AY&SY~\x9d\xf0G\x00\x00z\xdf\x80\xca\x10\xc0\x03\x7f\x80\x08\x02@\x00\x7fc\xdep\x08\x08 \x00t\x1a\x86\xa6\x8d\x00\x00\xd0h\x06\x8fPe\x13&\x8d\x00\x00\x03@\x0f\xb9hI\x04\x07\xd4A\x04I\xc4\xd0\x06)\x0b \x10\x82\xe4\x87Q\xa7\x8b\x9d\x80\xb1\xa9\x004\x80\xc4\x95\x7fv\xe2\xc9\xd3\x116%\xadL\x8c\xa5,\x93V\r4\xbb\x86,\x1b\xdc\x91\xa7\x81\xfeH\xff\x8c\xf7\x0f\xfa\x93>T\xd4!\x00~.\xe4\x8ap\xa1 \xfd;\xe0\x8e'

for mode in ["r", "r:*", "r:bz2"]:
    with tarfile.open(fileobj=io.BytesIO(CPYTHON_TBZ), mode=mode) as tar:
        member = tar.getmember("made-by-cpython.txt")
        print(mode, tar.getnames(), member.mtime, tar.extractfile(member).read())
print(tarfile.is_tarfile(io.BytesIO(CPYTHON_TBZ)))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for level in (1, 9):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:bz2", compresslevel=level) as tar:
        for i, name in enumerate(["a.txt", "dir/b.txt"]):
            payload = (name * 40 + "\n").encode() * (i + 1)
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
    print(level, out.getvalue()[:3], out.closed)
    out.seek(0)
    with tarfile.open(fileobj=out) as tar:
        print([(m.name, m.size) for m in tar], tar.extractfile("dir/b.txt").read()[:12])

attempt(tarfile.open, fileobj=io.BytesIO(b"not a tar" * 100), mode="r:bz2")
attempt(tarfile.open, fileobj=io.BytesIO(CPYTHON_TBZ), mode="r:gz")
attempt(tarfile.open, fileobj=io.BytesIO(), mode="w:bz2", compresslevel=0)
attempt(tarfile.open, fileobj=io.BytesIO(), mode="a:bz2")
