"""tempfile.TemporaryDirectory and mkstemp: made under one private folder, all removed at the end."""
import os
import stat
import tempfile

base = tempfile.mkdtemp(prefix="tdtest-")

with tempfile.TemporaryDirectory(dir=base, prefix="work-", suffix=".d") as path:
    name = os.path.basename(path)
    print(type(path).__name__, os.path.isdir(path), os.path.dirname(path) == base)
    print(name.startswith("work-"), name.endswith(".d"), oct(os.stat(path).st_mode & 0o777))
    os.makedirs(os.path.join(path, "sub", "deeper"))
    with open(os.path.join(path, "sub", "deeper", "f.txt"), "w") as f:
        f.write("data")
print("removed by with:", os.path.exists(path))

td = tempfile.TemporaryDirectory(dir=base)
print(repr(td) == f"<TemporaryDirectory {td.name!r}>", os.path.isdir(td.name))
with open(os.path.join(td.name, "a"), "w") as f:
    f.write("x")
td.cleanup()
print("removed by cleanup:", os.path.exists(td.name))
td.cleanup()
print("second cleanup is fine")

# a read-only file inside is removed too
td = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
ro = os.path.join(td.name, "ro")
with open(ro, "w") as f:
    f.write("r")
os.chmod(ro, stat.S_IRUSR)
with td as p:
    print(p == td.name)
print("read-only removed:", os.path.exists(td.name))

# mkstemp: a descriptor and an absolute path, the file private to its owner
fd, path = tempfile.mkstemp(suffix=".bin", prefix="s-", dir=base)
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path).startswith("s-"), path.endswith(".bin"))
print(oct(os.stat(path).st_mode & 0o777))
os.write(fd, b"hello")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.unlink(path)

# tempfile.tempdir decides where things go
saved = tempfile.tempdir
tempfile.tempdir = base
print(tempfile.gettempdir() == base, os.path.dirname(tempfile.mkdtemp()) == base)
inner = tempfile.TemporaryDirectory()
print(os.path.dirname(inner.name) == base)
inner.cleanup()
name = tempfile.mktemp(suffix=".x")
print(os.path.dirname(name) == base, name.endswith(".x"), os.path.exists(name))
tempfile.tempdir = saved

for entry in sorted(os.listdir(base)):
    os.rmdir(os.path.join(base, entry))
os.rmdir(base)
print("left:", os.path.exists(base))
