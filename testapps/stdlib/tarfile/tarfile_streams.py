import io
import tarfile

# Stream modes write and read the archive in one pass.
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w|gz") as tar:
    for name, data in [("one.txt", b"first"), ("two.txt", b"second" * 100)]:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 1700000000
        tar.addfile(info, io.BytesIO(data))
print(buf.getvalue()[:3])
for mode in ["r|gz", "r|*", "r:gz", "r"]:
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode=mode) as tar:
        for member in tar:
            print(mode, member.name, member.size, len(tar.extractfile(member).read()))

plain = io.BytesIO()
with tarfile.open(fileobj=plain, mode="w|") as tar:
    info = tarfile.TarInfo("p.txt")
    info.size = 1
    tar.addfile(info, io.BytesIO(b"p"))
plain.seek(0)
with tarfile.open(fileobj=plain, mode="r|") as tar:
    print([m.name for m in tar])


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(tarfile.open, fileobj=io.BytesIO(), mode="a|")
attempt(tarfile.open, fileobj=io.BytesIO(), mode="w|zz")
attempt(tarfile.open, fileobj=io.BytesIO(b""), mode="r|")
