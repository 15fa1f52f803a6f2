import io
import os
import tarfile
import tempfile


def build(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, kind, extra in entries:
            info = tarfile.TarInfo(name)
            info.type = kind
            info.mode = extra.get("mode", 0o644)
            info.mtime = 1600000000
            if "link" in extra:
                info.linkname = extra["link"]
            data = extra.get("data", b"")
            info.size = len(data) if kind == tarfile.REGTYPE else 0
            tar.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
    buf.seek(0)
    return tarfile.open(fileobj=buf)


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).replace(tmp, "TMP"))


tmp = tempfile.mkdtemp()
try:
    tar = build([
        ("ok.txt", tarfile.REGTYPE, {"data": b"fine", "mode": 0o4777}),
        ("/abs.txt", tarfile.REGTYPE, {"data": b"abs"}),
        ("../up.txt", tarfile.REGTYPE, {"data": b"up"}),
        ("script.sh", tarfile.REGTYPE, {"data": b"#!", "mode": 0o750}),
        ("noexec.txt", tarfile.REGTYPE, {"data": b"n", "mode": 0o611}),
        ("sub", tarfile.DIRTYPE, {"mode": 0o777}),
        ("dev", tarfile.CHRTYPE, {}),
        ("lnk", tarfile.SYMTYPE, {"link": "/etc/passwd"}),
        ("lnk2", tarfile.SYMTYPE, {"link": "../../x"}),
        ("lnk3", tarfile.SYMTYPE, {"link": "ok.txt"}),
    ])
    dest = os.path.join(tmp, "dest")
    os.mkdir(dest)
    for name in ["ok.txt", "/abs.txt", "../up.txt", "script.sh", "noexec.txt", "sub", "dev", "lnk", "lnk2", "lnk3"]:
        member = tar.getmember(name)
        for f in ["data", "tar"]:
            if f == "tar" and name in ("dev", "../up.txt"):
                continue
            print(name, f, end=" ")
            attempt(tar.extract, member, dest, filter=f)
    for name in sorted(os.listdir(dest)):
        path = os.path.join(dest, name)
        print(name, os.path.islink(path), oct(os.lstat(path).st_mode & 0o7777) if not os.path.islink(path) else "link")
    filtered = tarfile.data_filter(tar.getmember("ok.txt"), dest)
    print(filtered.name, oct(filtered.mode), filtered.uid, filtered.uname, tar.getmember("ok.txt").mode == 0o4777)
    print(tarfile.tar_filter(tar.getmember("/abs.txt"), dest).name, tarfile.fully_trusted_filter(tar.getmember("/abs.txt"), dest).name)
    attempt(tarfile.data_filter, tar.getmember("dev"), dest)
    attempt(tar.extractall, dest, filter="bogus")
    safe = build([("a.txt", tarfile.REGTYPE, {"data": b"a"}), ("b.txt", tarfile.REGTYPE, {"data": b"b"}), ("d", tarfile.DIRTYPE, {})])
    out = os.path.join(tmp, "custom")
    safe.extractall(out, filter=lambda member, path: None if member.name == "b.txt" else member)
    print(sorted(os.listdir(out)))
    safe.extractall(os.path.join(tmp, "data"), filter="data")
    print(sorted(os.listdir(os.path.join(tmp, "data"))))
    print(tarfile.FilterError.__mro__)
    print(tarfile.OutsideDestinationError.__mro__[1].__name__, tarfile.AbsolutePathError.__mro__[1].__name__,
          tarfile.SpecialFileError.__mro__[1].__name__, tarfile.AbsoluteLinkError.__mro__[1].__name__,
          tarfile.LinkOutsideDestinationError.__mro__[1].__name__)
finally:
    for dirpath, dirnames, filenames in os.walk(tmp, topdown=False):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)
