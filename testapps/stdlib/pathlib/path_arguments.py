# Paths given to paths: relative_to / is_relative_to with a path, a path built from a path, joins
# with a path on the right; a subclass whose .parts says something else (CPython reads the
# argument's own parts, not the property), and a Windows path given to a POSIX path.
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path

base = PurePosixPath("/srv/app")
p = base / "pkg" / "mod.py"
print(p.relative_to(base), p.relative_to(PurePosixPath("/srv")), p.is_relative_to(base))
print(p.relative_to(PurePosixPath("/")), p.relative_to("/srv", PurePosixPath("app")))
try:
    p.relative_to(PurePosixPath("/other"))
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("a/b").relative_to(PurePosixPath("/a"))
except ValueError as e:
    print("ValueError", e)
print(PurePosixPath("a/b").relative_to(PurePosixPath("a")), PurePosixPath("a/b").relative_to(PurePosixPath()))
print(PurePosixPath(p), PurePosixPath(p) == p, PurePosixPath(p) is p, Path(p), PurePath(p))
print(base / PurePosixPath("x/y"), base / PurePosixPath("/abs"), PurePosixPath("//net/x") / PurePosixPath("y"))
print(PurePosixPath(PurePosixPath("//net")).parts, PurePosixPath(PurePosixPath()).parts)


class Odd(PurePosixPath):
    __slots__ = ()

    @property
    def parts(self):
        return ("zzz",)


odd = Odd("/srv/app/pkg")
print(odd.parts, PurePosixPath(odd), p.relative_to(Odd("/srv")), base.joinpath(Odd("q")))
print(PurePosixPath(PureWindowsPath("c:/a/b")), PurePosixPath(PureWindowsPath("a/b")))
print(PureWindowsPath(PurePosixPath("/a/b")), PureWindowsPath("c:/x/y").relative_to(PureWindowsPath("C:/X")))
