# One str joined to, matched against or made relative to a POSIX path: roots, '//' and '///',
# '.', empty strings and repeated slashes as the general parsing reads them.
from pathlib import PurePosixPath, PureWindowsPath

base = PurePosixPath("/srv/data")
for key in ["x", "x/y", "/abs", "//two", "///three", ".", "./a/./b/", "", "a//b", "..", "x/", "/"]:
    p = base / key
    print(repr(key), p, p.parts, p.name, p.parent)
print(PurePosixPath("//") / "a", PurePosixPath(".") / "b", PurePosixPath("a") / "//c")
p = PurePosixPath("/srv/data/v1/pkg/mod.tar.gz")
print(p.relative_to("/srv"), p.relative_to("/srv/data/"), p.relative_to(PurePosixPath("/srv")))
for other in ["srv", "/srv/dat", "//srv", ""]:
    try:
        print(p.relative_to(other))
    except ValueError as e:
        print("ValueError", e)
print(p.match("*.gz"), p.match("pkg/*.gz"), p.match("/srv/*/*/*/*.gz"), p.match("/*.gz"), p.match("v1/*"))
try:
    p.match("")
except ValueError as e:
    print("ValueError", e)
print(p.with_name("README"), p.with_suffix(".zip"), p.with_stem("other"))
for bad in ["", "a/b", "/"]:
    try:
        p.with_name(bad)
    except ValueError as e:
        print("ValueError", e)
print(PureWindowsPath("c:/x") / "y/z", PureWindowsPath("c:/x").relative_to("C:/"))
