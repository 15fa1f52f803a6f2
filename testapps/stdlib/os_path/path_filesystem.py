import os

base = "/tmp/pypack_path_fs_" + str(os.getpid())
os.makedirs(os.path.join(base, "dir", "sub"))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.islink(base))
print(os.path.exists(os.path.join(base, "none")), os.path.isdir(os.path.join(base, "none")), os.path.lexists(os.path.join(base, "none")))
print(os.path.isfile("/etc/hostname") or os.path.isfile("/etc/passwd"))
print(os.path.abspath(base) == base, os.path.abspath(base + "/dir/../dir/./sub") == base + "/dir/sub")
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.abspath("dir") == base + "/dir", os.path.abspath(".") == base)
print(os.path.relpath(base + "/dir/sub"), os.path.relpath("dir", "dir/sub"))
print(os.path.realpath("dir/sub") == base + "/dir/sub" or os.path.realpath("dir/sub"))
os.chdir(old)
try:
    os.chdir(os.path.join(base, "none"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(os.path.getsize(base) > 0, isinstance(os.path.getmtime(base), float))
try:
    os.path.getsize(os.path.join(base, "none"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(os.path.samefile(base, base + "/dir/.."))
try:
    os.path.exists(1.5)
except TypeError as e:
    print("TypeError", e)
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone"
print(os.path.expanduser("~"), os.path.expanduser("~/x/y"), os.path.expanduser("a/~"), os.path.expanduser("~nosuchuser123/x"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"))
if home is not None:
    os.environ["HOME"] = home
os.environ["PYPACK_V"] = "value"
print(os.path.expandvars("$PYPACK_V/x ${PYPACK_V}y $NOPE_NOT_SET ${NOPE} $ end$"))
os.rmdir(os.path.join(base, "dir", "sub"))
os.rmdir(os.path.join(base, "dir"))
os.rmdir(base)
print(os.path.exists(base))
