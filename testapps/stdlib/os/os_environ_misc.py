import os

os.environ["PYPACK_TEST_VAR"] = "hello"
print(os.environ["PYPACK_TEST_VAR"], os.getenv("PYPACK_TEST_VAR"))
print("PYPACK_TEST_VAR" in os.environ, "PYPACK_NOPE" in os.environ)
print(os.getenv("PYPACK_NOPE"), os.getenv("PYPACK_NOPE", "default"))
print(os.environ.get("PYPACK_NOPE"), os.environ.get("PYPACK_NOPE", 5))
try:
    os.environ["PYPACK_NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    os.environ[1] = "x"
except TypeError as e:
    print("TypeError", e)
print(os.environ.setdefault("PYPACK_TEST_VAR", "other"), os.environ.setdefault("PYPACK_TEST2", "two"))
print(os.environ.pop("PYPACK_TEST2"), os.environ.pop("PYPACK_TEST2", "gone"))
del os.environ["PYPACK_TEST_VAR"]
print(os.environ.get("PYPACK_TEST_VAR"), os.getenv("PYPACK_TEST_VAR"))
copy = os.environ.copy()
print(type(copy).__name__, len(copy) == len(os.environ))
print(os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.name, os.curdir, os.pardir)
print(os.getpid() > 0, os.cpu_count() >= 1)
print(os.fspath("some/path"))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
print(os.error is OSError, os.path is os.path)
print(os.strerror(2))
try:
    os.stat(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    os.mkdir()
except TypeError as e:
    print("TypeError", e)
try:
    os.mkdir("a", 1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    os.mkdir("a", bad=1)
except TypeError as e:
    print("TypeError", e)
try:
    os.listdir(1.5)
except TypeError as e:
    print("TypeError", e)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args, e.errno, e.filename)
print(OSError("plain"), type(OSError(13, "Permission denied")).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
