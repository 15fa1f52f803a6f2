# PathLike objects across the standard library: open, os, shutil, pathlib, annotations.
import os
import shutil
import tempfile
from typing import Union


class Where(os.PathLike):
    def __init__(self, *parts):
        self.path = os.path.join(*parts)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "Where(%r)" % os.path.basename(self.path)


def describe(p: Union[str, os.PathLike]) -> str:
    kind = "PathLike" if isinstance(p, os.PathLike) else type(p).__name__
    return "%s:%s" % (kind, os.path.basename(os.fspath(p)))


with tempfile.TemporaryDirectory() as d:
    w = Where(d, "file.txt")
    with open(w, "w") as f:
        f.write("via PathLike\n")
    print(describe(w), describe(os.path.join(d, "x")), os.path.exists(w), os.path.getsize(w))
    shutil.copy(w, Where(d, "copy.txt"))
    print(sorted(os.listdir(Where(d))))
    print(open(Where(d, "copy.txt")).read(), end="")
    os.remove(Where(d, "copy.txt"))
    print(sorted(os.listdir(d)), w)
    hint = describe.__annotations__["p"]
    print(hint == Union[str, os.PathLike])
    try:
        os.remove(Where(d, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
