import os
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
try:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "sub", "b.txt"), "w") as f:
        f.write("beta\n" * 50)
    archive = os.path.join(tmp, "out.zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(src, "a.txt"), "a.txt")
        z.write(os.path.join(src, "sub"), "sub")
        z.write(os.path.join(src, "sub", "b.txt"), arcname="sub/b.txt")
        z.write(os.path.join(src, "a.txt"), "/abs/../a-copy.txt", compress_type=zipfile.ZIP_STORED)
        print(repr(z).replace(tmp, "TMP"))
    print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(src, "a.txt")), zipfile.is_zipfile(os.path.join(tmp, "nope.zip")))
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            print(info.filename, info.file_size, info.compress_type, info.is_dir(), oct(info.external_attr >> 16)[-3:], len(info.date_time))
        target = os.path.join(tmp, "extracted")
        print(z.extract("a.txt", target).replace(tmp, "TMP"))
        print(z.extract(z.getinfo("sub/"), target).replace(tmp, "TMP"))
        z.extractall(os.path.join(tmp, "all"))
        z.extractall(os.path.join(tmp, "some"), members=["sub/b.txt"])
        print(z.filename.replace(tmp, "TMP"))
    for root in ["extracted", "all", "some"]:
        for dirpath, dirnames, filenames in sorted(os.walk(os.path.join(tmp, root))):
            print(dirpath.replace(tmp, "TMP"), sorted(dirnames), sorted(filenames))
    with open(os.path.join(tmp, "all", "sub", "b.txt")) as f:
        print(len(f.read()))
    with zipfile.ZipFile(archive, "a") as z:
        z.writestr("late.txt", "appended to a file")
    with zipfile.ZipFile(archive) as z:
        print(z.namelist(), z.read("late.txt"))
    info = zipfile.ZipInfo.from_file(os.path.join(src, "sub", "b.txt"), "renamed.txt")
    print(info.filename, info.file_size, oct(info.external_attr >> 16)[:4])
    print(zipfile.ZipInfo.from_file(os.path.join(src, "sub")).filename.replace(tmp.lstrip("/"), "TMP"))
    try:
        zipfile.ZipFile(archive, "x")
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    with zipfile.ZipFile(os.path.join(tmp, "new.zip"), "x") as z:
        z.writestr("x.txt", b"exclusive")
    with zipfile.ZipFile(os.path.join(tmp, "new.zip")) as z:
        print(z.read("x.txt"))
    # Member names that climb out of the target are cut down to stay inside it.
    evil = os.path.join(tmp, "evil.zip")
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../../escape.txt", b"no")
        z.writestr("/etc/abs.txt", b"no")
    with zipfile.ZipFile(evil) as z:
        print(z.namelist())
        print([p.replace(tmp, "TMP") for p in (z.extract(n, os.path.join(tmp, "safe")) for n in z.namelist())])
finally:
    for dirpath, dirnames, filenames in os.walk(tmp, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)
