# A repository audit tool: builds a small tree in a temp folder, walks it with os.walk and pathlib,
# reads INI, JSON and TOML config, writes and reads a CSV report, and summarizes with datetime
# arithmetic, collections and itertools.
import configparser
import csv
import io
import itertools
import json
import os
import pathlib
import tempfile
import tomllib
from collections import Counter, OrderedDict, namedtuple
from datetime import date, datetime, timedelta, timezone
from operator import attrgetter

Entry = namedtuple("Entry", "path kind size depth")

FILES = {
    "setup.cfg": "[metadata]\nname = audit-demo\nversion = 0.3.1\n\n[options]\npython_requires = >=3.9\n"
                 "install_requires =\n    requests>=2\n    click\n\n[tool:pytest]\naddopts = -q --strict\n",
    "pyproject.toml": '[project]\nname = "audit-demo"\nversion = "0.3.1"\nkeywords = ["audit", "demo"]\n'
                      '[project.optional-dependencies]\ntest = ["pytest>=7", "coverage[toml]"]\n'
                      '[tool.audit]\nmax_size = 120\nignore = ["*.log", "build/*"]\nrelease = 2024-03-01\n',
    "package.json": json.dumps({"name": "web", "version": "1.2.0", "scripts": {"build": "vite"},
                                "dependencies": {"vite": "^5.0.0", "vue": "~3.4.0"}}, indent=2),
    "src/audit/__init__.py": '"""Audit."""\n__version__ = "0.3.1"\n',
    "src/audit/core.py": "def run():\n    return 42\n" * 8,
    "src/audit/util/text.py": "X = 1\n",
    "docs/index.md": "# Audit\n\nSee [usage](usage.md).\n",
    "docs/usage.md": "Run `audit`.\n",
    "build/lib/audit.py": "# generated\n",
    "debug.log": "line\n" * 40,
    "tests/test_core.py": "from audit.core import run\n\ndef test_run():\n    assert run() == 42\n",
}


def make_tree(root):
    for rel, text in sorted(FILES.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def walk(root):
    entries = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel_dir = pathlib.Path(dirpath).relative_to(root)
        depth = 0 if rel_dir == pathlib.Path(".") else len(rel_dir.parts)
        for d in dirnames:
            entries.append(Entry((rel_dir / d).as_posix(), "dir", 0, depth + 1))
        for f in sorted(filenames):
            p = pathlib.Path(dirpath, f)
            entries.append(Entry((rel_dir / f).as_posix(), "file", p.stat().st_size, depth + 1))
    return entries


def load_configs(root):
    ini = configparser.ConfigParser()
    ini.read(root / "setup.cfg", encoding="utf-8")
    with open(root / "pyproject.toml", "rb") as fh:
        toml = tomllib.load(fh)
    pkg = json.loads((root / "package.json").read_text())
    return ini, toml, pkg


def matches(path, patterns):
    return any(pathlib.PurePosixPath(path).match(p) for p in patterns)


def main():
    with tempfile.TemporaryDirectory(prefix="audit-") as tmp:
        root = pathlib.Path(tmp)
        make_tree(root)
        entries = walk(root)
        ini, toml, pkg = load_configs(root)

        print("sections:", ini.sections())
        print("requires:", ini.get("options", "install_requires").split())
        print("addopts:", ini["tool:pytest"]["addopts"], "| missing:", ini.get("options", "zip_safe", fallback="n/a"))
        print("has section:", ini.has_section("metadata"), ini.has_option("metadata", "version"),
              ini.getboolean("metadata", "zip", fallback=False))
        audit = toml["tool"]["audit"]
        print("toml:", toml["project"]["name"], toml["project"]["keywords"], audit, type(audit["release"]).__name__)
        print("extras:", toml["project"]["optional-dependencies"])
        print("npm:", pkg["name"], sorted(pkg["dependencies"].items()))

        versions = OrderedDict(cfg=ini["metadata"]["version"], toml=toml["project"]["version"],
                               init=(root / "src/audit/__init__.py").read_text().split('"')[-2])
        print("versions agree:", len(set(versions.values())) == 1, dict(versions))

        files = [e for e in entries if e.kind == "file"]
        kept = [e for e in files if not matches(e.path, audit["ignore"])]
        print(f"{len(entries)} entries, {len(files)} files, {len(kept)} kept")
        for e in sorted(kept, key=attrgetter("depth", "path")):
            flag = " (big)" if e.size > audit["max_size"] else ""
            print(f"  {e.depth} {e.path:<28} {e.size:>5}{flag}")
        by_ext = Counter(pathlib.PurePosixPath(e.path).suffix or "<none>" for e in kept)
        print("by ext:", sorted(by_ext.items(), key=lambda kv: (-kv[1], kv[0])))
        for depth, group in itertools.groupby(sorted(kept, key=attrgetter("depth")), key=attrgetter("depth")):
            group = list(group)
            print(f"  depth {depth}: {len(group)} files, {sum(e.size for e in group)} bytes")
        print("dirs:", [e.path for e in entries if e.kind == "dir"])
        print("globs:", sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md")),
              sorted(p.name for p in (root / "src").glob("**/*.py")))

        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=["path", "size", "note"], lineterminator="\n")
        writer.writeheader()
        for e in kept[:4]:
            writer.writerow({"path": e.path, "size": e.size, "note": 'has "quotes", commas' if e.size > 100 else ""})
        text = buf.getvalue()
        print(text, end="")
        rows = list(csv.DictReader(io.StringIO(text)))
        print("read back:", [(r["path"], int(r["size"])) for r in rows], rows[0].keys() == {"path", "size", "note"})
        (root / "report.csv").write_text(text)
        print("report exists:", (root / "report.csv").exists(), (root / "report.csv").stat().st_size == len(text))

    release = audit["release"]
    today = date(2024, 5, 17)
    delta = today - release
    print("since release:", delta.days, "days,", delta // timedelta(weeks=1), "weeks")
    stamp = datetime(2024, 3, 31, 23, 30, tzinfo=timezone.utc)
    for hours in (0, 1, 25, -24 * 31):
        t = stamp + timedelta(hours=hours)
        print(" ", t.isoformat(), t.strftime("%a %d %b %Y %H:%M"), t.isocalendar()[1], t.weekday())
    eastern = timezone(timedelta(hours=-5), "EST")
    print(stamp.astimezone(eastern).isoformat(), stamp.astimezone(eastern).tzname(), (stamp - datetime(2024, 1, 1, tzinfo=eastern)).total_seconds())
    print(date.fromisoformat("2024-02-28") + timedelta(days=2), datetime.strptime("2024-07-04 09:15", "%Y-%m-%d %H:%M").replace(second=7))
    print("gone:", not root.exists())


if __name__ == "__main__":
    main()
