import os.path
import os

cases = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b/c.txt", "a//b", "./a", "../a/..", ".bashrc",
         "a/.bashrc", "archive.tar.gz", "a.b/c", "a/b.", "..", "/..", "a/./b/../c", "//a/b", "///a/b"]
for p in cases:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p))

print(os.path.join("a"), os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"))
print(os.path.join("", "x"), os.path.join("a", ""), os.path.join("/", "etc", "passwd"))
print(os.path.splitdrive("/a/b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), repr(os.path.commonprefix([])))
print(os.path.commonprefix([["a", "b"], ["a", "c"]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib", "/usr/lib/x"]))
print(os.path.commonpath(["a/b/c", "a/b/d", "a/./b/e"]))
for bad in [[], ["/a", "b"]]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x/y", "/a/b"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
print(os.path.normcase("A/B"))
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.pathsep)
for bad in [1, None]:
    try:
        os.path.join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.path.join("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    os.path.split(5)
except TypeError as e:
    print("TypeError", e)
