import os

base = "/tmp/pypack_os_files_" + str(os.getpid())
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a", "b"))
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == os.path.join(base, "a", "b"))
try:
    os.mkdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, isinstance(e, FileExistsError))

name = os.path.join(base, "a", "file.txt")
os.mkdir(os.path.join(base, "x"))
print(sorted(os.listdir(base)))
print(sorted(os.listdir(os.path.join(base, "a"))))
try:
    os.listdir(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    os.remove(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.args)
try:
    os.rmdir(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, "x"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.rename(os.path.join(base, "x"), os.path.join(base, "y"))
print(sorted(os.listdir(base)))
try:
    os.rename(os.path.join(base, "nope"), os.path.join(base, "z"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename == os.path.join(base, "nope"), e.filename2 == os.path.join(base, "z"))
os.replace(os.path.join(base, "y"), os.path.join(base, "x2"))
print(sorted(os.listdir(base)))
st = os.stat(base)
print(type(st).__name__, len(st) == 10, st.st_mode == st[0], oct(st.st_mode & 0o170000))
os.chmod(os.path.join(base, "x2"), 0o700)
print(oct(os.stat(os.path.join(base, "x2")).st_mode & 0o777))
os.rmdir(os.path.join(base, "x2"))
os.removedirs(os.path.join(base, "a", "b", "c"))
print(os.path.exists(os.path.join(base, "a")), os.path.exists(base))
try:
    os.stat(os.path.join(base, "gone"))
except FileNotFoundError as e:
    print("stat", e.errno)
