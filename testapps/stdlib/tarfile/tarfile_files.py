import os
import tarfile
import tempfile

tmp = tempfile.mkdtemp()
try:
    src = os.path.join(tmp, "project")
    os.makedirs(os.path.join(src, "pkg"))
    with open(os.path.join(src, "setup.txt"), "w") as f:
        f.write("setup\n")
    with open(os.path.join(src, "pkg", "mod.py"), "w") as f:
        f.write("x = 1\n" * 30)
    for mode, name in [("w", "out.tar"), ("w:gz", "out.tar.gz"), ("x", "excl.tar")]:
        path = os.path.join(tmp, name)
        with tarfile.open(path, mode) as tar:
            tar.add(src, arcname="project")
            tar.add(os.path.join(src, "setup.txt"), arcname="top.txt")
        with tarfile.open(path) as tar:
            print(name, tar.getnames())
            for m in tar.getmembers():
                print(" ", m.name, m.size, m.type, oct(m.mode)[-3:], m.isdir(), type(m.mtime).__name__, sorted(m.pax_headers))
    try:
        tarfile.open(os.path.join(tmp, "excl.tar"), "x")
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    with tarfile.open(os.path.join(tmp, "filtered.tar"), "w") as tar:
        tar.add(src, arcname="p", filter=lambda info: None if info.name.endswith(".py") else info)
        tar.add(src, arcname="flat", recursive=False)
        info = tar.gettarinfo(os.path.join(src, "setup.txt"), arcname="renamed.txt")
        print(info.name, info.size, info.isfile())
        with open(os.path.join(src, "setup.txt"), "rb") as f:
            tar.addfile(info, f)
    with tarfile.open(os.path.join(tmp, "filtered.tar")) as tar:
        print(tar.getnames())
    with tarfile.open(os.path.join(tmp, "out.tar.gz"), "r:gz") as tar:
        dest = os.path.join(tmp, "extracted")
        tar.extractall(dest)
        tar.extract("top.txt", os.path.join(tmp, "single"))
        tar.extractall(os.path.join(tmp, "some"), members=[tar.getmember("project/pkg/mod.py")])
    for root in ["extracted", "single", "some"]:
        for dirpath, dirnames, filenames in sorted(os.walk(os.path.join(tmp, root))):
            print(dirpath.replace(tmp, "TMP"), sorted(dirnames), sorted(filenames))
    with open(os.path.join(tmp, "extracted", "project", "pkg", "mod.py")) as f:
        print(len(f.read()))
    print(oct(os.stat(os.path.join(tmp, "extracted", "top.txt")).st_mode & 0o777))
    print(os.stat(os.path.join(tmp, "extracted", "top.txt")).st_mtime == os.stat(os.path.join(src, "setup.txt")).st_mtime)
    with tarfile.open(os.path.join(tmp, "out.tar"), "a") as tar:
        tar.add(os.path.join(src, "setup.txt"), arcname="appended.txt")
    with tarfile.open(os.path.join(tmp, "out.tar")) as tar:
        print(tar.getnames()[-2:], tar.extractfile("appended.txt").read())
    print(tarfile.is_tarfile(os.path.join(tmp, "out.tar")), tarfile.is_tarfile(os.path.join(src, "setup.txt")))
finally:
    for dirpath, dirnames, filenames in os.walk(tmp, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)
