"""treesize: summarise a directory tree like `du`, with .gitignore-style excludes."""
import fnmatch
import itertools
import os
import shutil
import stat
import sys
import tempfile
import textwrap
from collections import Counter, defaultdict
from operator import itemgetter
from typing import Dict, List, NamedTuple, Tuple

UNITS = ("B", "KiB", "MiB", "GiB")


def human(n: int) -> str:
    size = float(n)
    for unit in UNITS:
        if size < 1024 or unit == UNITS[-1]:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


class Entry(NamedTuple):
    path: str
    size: int
    mode: int

    @property
    def ext(self) -> str:
        base = os.path.basename(self.path)
        root, ext = os.path.splitext(base)
        return ext.lower() or ("(dotfile)" if base.startswith(".") else "(none)")


class IgnoreRules:
    def __init__(self, lines):
        self.rules: List[Tuple[str, bool, bool]] = []
        for raw in lines:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            negate = line.startswith("!")
            line = line.lstrip("!")
            dir_only = line.endswith("/")
            self.rules.append((line.rstrip("/"), negate, dir_only))

    def ignored(self, rel: str, is_dir: bool) -> bool:
        result = False
        name = rel.rsplit("/", 1)[-1]
        for pat, negate, dir_only in self.rules:
            if dir_only and not is_dir:
                continue
            target = rel if "/" in pat else name
            if fnmatch.fnmatchcase(target, pat):
                result = not negate
        return result

    def __repr__(self):
        return f"IgnoreRules({len(self.rules)} rules: {', '.join(p for p, *_ in self.rules)})"


def scan(root: str, rules: IgnoreRules):
    entries: List[Entry] = []
    skipped = Counter()
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        keep = []
        for d in sorted(dirnames):
            if rules.ignored(rel_dir + d, True):
                skipped["dirs"] += 1
            else:
                keep.append(d)
        dirnames[:] = keep
        for f in sorted(filenames):
            rel = rel_dir + f
            if rules.ignored(rel, False):
                skipped["files"] += 1
                continue
            st = os.lstat(os.path.join(dirpath, f))
            entries.append(Entry(rel, st.st_size, st.st_mode))
    return entries, skipped


def dir_totals(entries):
    totals: Dict[str, int] = defaultdict(int)
    for e in entries:
        parts = e.path.split("/")[:-1]
        for i in range(len(parts) + 1):
            totals["/".join(parts[:i]) or "."] += e.size
    return dict(totals)


def render_tree(totals, width=48):
    lines = []
    for d in sorted(totals, key=lambda p: (p != ".", p.split("/"))):
        depth = 0 if d == "." else d.count("/") + 1
        label = ("  " * depth) + (d.rsplit("/", 1)[-1] if d != "." else ".")
        lines.append(f"{label:<{width}}{human(totals[d]):>10}")
    return "\n".join(lines)


def populate(root):
    files = {
        "README.md": "# demo\n" + "lorem ipsum " * 40,
        "setup.py": "from setuptools import setup\nsetup(name='demo')\n",
        ".gitignore": "*.pyc\nbuild/\n!keep.pyc\n",
        "src/demo/__init__.py": "",
        "src/demo/core.py": "def f(x):\n    return x * 2\n" * 60,
        "src/demo/core.pyc": b"\x00" * 777,
        "src/demo/keep.pyc": b"\x01" * 10,
        "src/demo/data/table.csv": "a,b,c\n" + "1,2,3\n" * 500,
        "src/demo/data/blob.bin": bytes(range(256)) * 9,
        "build/lib/demo/core.py": "x" * 4000,
        "docs/index.rst": "Demo\n====\n\n" + ".. toctree::\n" * 3,
        "docs/_static/logo.SVG": "<svg/>" * 50,
        "scripts/run": "#!/bin/sh\necho hi\n",
        "Makefile": "all:\n\ttrue\n",
    }
    for rel, content in files.items():
        path = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(path, mode) as fh:
            fh.write(content)
    os.chmod(os.path.join(root, "scripts", "run"), 0o755)
    os.symlink("README.md", os.path.join(root, "README.link"))


def main():
    with tempfile.TemporaryDirectory() as root:
        populate(root)
        with open(os.path.join(root, ".gitignore")) as fh:
            rules = IgnoreRules(fh)
        print(rules)
        entries, skipped = scan(root, rules)
        print(f"scanned {len(entries)} files, skipped {skipped['files']} files and {skipped['dirs']} dirs")
        print()
        print(render_tree(dir_totals(entries)))
        print()
        by_ext = defaultdict(list)
        for e in entries:
            by_ext[e.ext].append(e)
        rows = sorted(((ext, len(es), sum(e.size for e in es)) for ext, es in by_ext.items()),
                      key=itemgetter(2, 0), reverse=True)
        print(f"{'ext':<10}|{'files':^7}|{'bytes':>8} | share")
        print("-" * 10 + "+" + "-" * 7 + "+" + "-" * 9 + "+" + "-" * 8)
        total = sum(e.size for e in entries)
        for ext, n, size in rows:
            share = size / total
            bar = "#" * round(share * 20)
            print(f"{ext:<10}|{n:^7d}|{size:>8,} | {share:6.1%} {bar}")
        print()
        execs = [e.path for e in entries if e.mode & stat.S_IXUSR and stat.S_ISREG(e.mode)]
        links = [e.path for e in entries if stat.S_ISLNK(e.mode)]
        print("executables:", execs)
        print("symlinks:", links, "->", [os.readlink(os.path.join(root, p)) for p in links])
        print("modes:", sorted({stat.filemode(e.mode) for e in entries}))
        biggest = sorted(entries, key=lambda e: (-e.size, e.path))[:3]
        for rank, e in enumerate(biggest, 1):
            print(f"  #{rank} {e.path!r:<32} {e.size:>6} B  {human(e.size):>9}")
        print()
        for key, group in itertools.groupby(sorted(entries, key=lambda e: e.path.split("/")[0]),
                                            key=lambda e: e.path.split("/")[0]):
            names = ", ".join(os.path.basename(e.path) for e in group)
            print(textwrap.fill(f"{key}: {names}", width=60, subsequent_indent="    "))
        dest = os.path.join(root, "copy")
        shutil.copytree(os.path.join(root, "src"), dest,
                        ignore=shutil.ignore_patterns("*.pyc", "data"))
        copied = sorted(os.path.relpath(os.path.join(d, f), dest)
                        for d, _, fs in os.walk(dest) for f in fs)
        print("copied:", copied)
        print("disk usage fields:", shutil.disk_usage(root)._fields)
        for n in (0, 1, 1023, 1024, 1536, 10 * 1024 ** 2, 5 * 1024 ** 4):
            print(f"{n:>16,d} -> {human(n)}")
    print("cleaned:", not os.path.exists(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
