# os.fspath and the functions that take paths: what they accept and their errors.
import os
import pathlib

print(os.fspath("a/b"), os.fspath(b"a/b"), os.fspath(pathlib.PurePath("a", "b")))


class Wrong:
    def __fspath__(self):
        return 3


class Raises:
    def __fspath__(self):
        raise RuntimeError("no path here")


class StrSub(str):
    pass


print(type(os.fspath(StrSub("s"))).__name__)
for value in (1, None, 1.5, [], Wrong(), Raises()):
    try:
        os.fspath(value)
    except Exception as e:
        print(type(e).__name__, e)
for call in (lambda: os.stat(Wrong()), lambda: os.path.join("a", None), lambda: os.listdir(3.5),
             lambda: open(Wrong()), lambda: os.path.exists(Raises())):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
