# pathlib: pure path joins, parts, suffixes, with_name/with_suffix, relative_to, and glob over a temp tree.
import os
import pathlib
import sys
import tempfile
from pathlib import PurePosixPath, Path

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def pure_work(n):
    base = PurePosixPath("/srv/releases")
    acc = 0
    suffixes = {}
    for i in range(n):
        p = base / ("v%d" % (i % 50)) / "pkg" / ("module_%d.tar.gz" % i)
        acc += len(p.parts)
        suffixes[p.suffix] = suffixes.get(p.suffix, 0) + 1
        q = p.with_name("README.md")
        r = p.with_suffix(".zip")
        rel = p.relative_to(base)
        acc += len(str(rel)) + len(q.stem) + len(r.suffixes)
        if p.match("*.gz"):
            acc += 1
        acc += len(p.parent.name)
    return acc, suffixes


def tree_work(root, rounds):
    for d in range(6):
        sub = root / ("dir%d" % d) / "inner"
        sub.mkdir(parents=True)
        for f in range(8):
            ext = [".py", ".txt", ".md"][f % 3]
            (sub / ("file%d%s" % (f, ext))).write_text("x" * f)
        (root / ("dir%d" % d) / "top.py").write_text("print(%d)" % d)
    counts = []
    for _ in range(rounds):
        py = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py"))
        txt = sorted(p.name for p in root.glob("*/inner/*.txt"))
        counts.append((len(py), len(txt)))
    sizes = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    dirs = sorted(p.name for p in root.iterdir() if p.is_dir())
    return py[:4], txt[:3], counts[-1], sizes, dirs


def main():
    acc, suffixes = pure_work(5000 * SCALE)
    print("acc", acc, sorted(suffixes.items()))
    p = PurePosixPath("/a/b/../c/./d.tar.gz")
    print(p, p.parts, p.name, p.stem, p.suffix, p.suffixes, p.parent, list(p.parents)[:3])
    print(PurePosixPath("a", "b/c", "/d", "e"), PurePosixPath("x") / "y" / "z.txt")
    print(PurePosixPath("/a/b").is_absolute(), PurePosixPath("a/b").is_relative_to("a"))
    try:
        PurePosixPath("/a/b").relative_to("/c")
    except ValueError as e:
        print("ValueError", e)
    try:
        PurePosixPath("/a/b").with_suffix("zip")
    except ValueError as e:
        print("ValueError", e)
    print(repr(PurePosixPath("q/r")), PurePosixPath("q/r") == PurePosixPath("q//r"), PurePosixPath("b") < PurePosixPath("c"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "tree"
        root.mkdir()
        py, txt, counts, sizes, dirs = tree_work(root, 8 * SCALE)
        print(py, txt, counts, sizes, dirs)
        f = root / "dir0" / "top.py"
        print(f.read_text(), f.exists(), (root / "missing").exists(), f.suffix)
        print(os.path.basename(str(f.with_suffix(".bak"))))


main()
