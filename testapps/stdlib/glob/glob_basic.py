import glob
import os

base = "/tmp/pypack_glob_" + str(os.getpid())
for d in ["src/pkg", "src/.cache", "docs", ".hidden"]:
    os.makedirs(os.path.join(base, d))
for d in ["src/main.py", "src/util.py", "src/pkg/mod.py", "docs/index.md", "docs/a[1].md", ".hidden/x.py", "top.py", ".dot.py"]:
    os.mkdir(os.path.join(base, d))


def rel(paths):
    return sorted([os.path.relpath(p, base) for p in paths])


print(rel(glob.glob(base + "/*")))
print(rel(glob.glob(base + "/*.py")))
print(rel(glob.glob(base + "/.*")))
print(rel(glob.glob(base + "/src/*.py")))
print(rel(glob.glob(base + "/*/*.py")))
print(rel(glob.glob(base + "/**/*.py")))
print(rel(glob.glob(base + "/**/*.py", recursive=True)))
print(rel(glob.glob(base + "/**", recursive=True)))
print(rel(glob.glob(base + "/**/", recursive=True)))
print(rel(glob.glob(base + "/**/*.py", recursive=True, include_hidden=True)))
print(rel(glob.glob(base + "/docs/" + glob.escape("a[1].md"))), rel(glob.glob(base + "/docs/a[1].md")))
print(rel(glob.glob(base + "/src")), rel(glob.glob(base + "/nothing")), rel(glob.glob(base + "/src/")))
print(rel(glob.glob(base + "/s?c/m*.py")), rel(glob.glob(base + "/[sd]*/*")))
print(sorted(glob.glob("*.py", root_dir=base)), sorted(glob.glob("**", root_dir=base, recursive=True)))
print(sorted(glob.iglob("*", root_dir=base + "/docs")))
for root, dirs, files in os.walk(base, topdown=False):
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
