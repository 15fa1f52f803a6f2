# A workspace config tool: lays out a project tree in a temporary folder, reads its settings from
# INI, TOML and JSON files, expands shell-style command lines with shlex, selects files with
# fnmatch/glob/pathlib patterns, walks the tree with os.walk, and writes a merged report.
import configparser
import fnmatch
import glob
import json
import os
import pathlib
import shlex
import tempfile
import tomllib

INI = """\
[DEFAULT]
root = /srv/app
log_level = info

[build]
output = %(root)s/dist
jobs = 4
optimize = yes
flags = -O2 -g
    -Wall

[test]
command = pytest -q --maxfail=%(max_fail)s "tests dir"
max_fail = 3
coverage: 87.5

[deploy]
hosts = a.example, b.example
dry_run = off
"""

TOML = """\
[project]
name = "widget"
version = "1.4.0"
requires-python = ">=3.9"
authors = [{ name = "Ann", email = "ann@example.org" }, { name = "Bo" }]
dependencies = ["attrs>=22", 'tomli; python_version < "3.11"']

[tool.widget]
include = ["src/**/*.py", "*.md"]
exclude = ["**/test_*.py", "build/*"]
timeout = 2.5e1
max_size = 0x1F_FF
released = 2024-03-01T10:20:30Z
local = 07:30:00
matrix = [[1, 2], ["a", "b"], [true, false]]
multiline = \"\"\"
first\\
  second \\u00e9\"\"\"
literal = 'C:\\no\\escape'

[[tool.widget.targets]]
name = "linux"
[[tool.widget.targets]]
name = "mac"
arch = { cpu = "arm64", bits = 64 }
"""

FILES = ["src/widget/__init__.py", "src/widget/core.py", "src/widget/test_core.py", "src/widget/data/table.csv",
         "docs/index.md", "README.md", "CHANGES.md", "build/lib/widget.py", "tests/test_api.py", "tests/conftest.py",
         ".hidden/secret.py", "setup.cfg"]


def make_tree(root):
    for rel in FILES:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {rel}\n" * (len(rel) % 4 + 1), encoding="utf-8")
    (root / "settings.ini").write_text(INI)
    (root / "pyproject.toml").write_text(TOML)
    (root / "state.json").write_text(json.dumps({"last": None, "runs": [1, 2.5, True], "nested": {"k": "v"}}))


def main():
    with tempfile.TemporaryDirectory(prefix="ws-") as tmp:
        root = pathlib.Path(tmp)
        make_tree(root)
        cfg = configparser.ConfigParser()
        cfg.read(root / "settings.ini")
        print(cfg.sections(), cfg.defaults())
        build = cfg["build"]
        print(build["output"], build.getint("jobs"), build.getboolean("optimize"), repr(build["flags"]))
        print(cfg.get("test", "command"), cfg.getfloat("test", "coverage"), cfg.has_option("test", "root"))
        print(cfg.getboolean("deploy", "dry_run"), [h.strip() for h in cfg["deploy"]["hosts"].split(",")])
        print(cfg.get("deploy", "missing", fallback="fb"), cfg.get("test", "command", raw=True))
        print(list(cfg["test"].keys()), dict(cfg.items("deploy")))
        raw = configparser.RawConfigParser()
        raw.read_string("[a]\nx = %(y)s\n")
        print(raw.get("a", "x"))
        for bad in ["[a]\nx=1\nx=2\n", "no section\n", "[a]\nv = %(nope)s\n"]:
            try:
                p = configparser.ConfigParser()
                p.read_string(bad)
                print(p.get("a", "v"))
            except configparser.Error as e:
                print(type(e).__name__ + ":", e)
        cfg["new"] = {"a": "1", "b": "two words"}
        cfg.set("build", "jobs", "8")
        cfg.remove_option("deploy", "dry_run")
        with open(root / "out.ini", "w") as f:
            cfg.write(f)
        print((root / "out.ini").read_text().replace(tmp, "<tmp>"))

        with open(root / "pyproject.toml", "rb") as f:
            data = tomllib.load(f)
        proj, tool = data["project"], data["tool"]["widget"]
        print(proj["name"], proj["version"], proj["authors"], proj["dependencies"])
        print(tool["timeout"], tool["max_size"], tool["released"], tool["released"].tzinfo, tool["local"], tool["matrix"])
        print(repr(tool["multiline"]), repr(tool["literal"]), tool["targets"])
        for bad in ["a = 1\na = 2", "x = [1,", "k = 'unterminated", "[t]\n[t]", "v = 1979-13-01"]:
            try:
                tomllib.loads(bad)
            except tomllib.TOMLDecodeError as e:
                print("TOMLDecodeError:", e)
        state = json.loads((root / "state.json").read_text())
        print(state, json.dumps(state, indent=2, sort_keys=True).count("\n"), json.dumps(state, separators=(",", ":")))
        try:
            json.loads('{"a": 1,}')
        except json.JSONDecodeError as e:
            print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)

        cmd = cfg.get("test", "command")
        argv = shlex.split(cmd)
        print(argv, shlex.join(argv), shlex.quote("it's here"), shlex.quote(""), shlex.quote("plain-word_1.0"))
        lex = shlex.shlex("a=1 b='two three' # comment\nc", posix=True)
        lex.whitespace_split = True
        lex.commenters = "#"
        print(list(lex))
        try:
            shlex.split('unterminated "quote')
        except ValueError as e:
            print("ValueError:", e)

        all_files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
        print(len(all_files), all_files[:5])
        included = [f for f in all_files if any(fnmatch.fnmatch(f, pat) for pat in tool["include"])]
        excluded = [f for f in included if any(fnmatch.fnmatchcase(f, pat) for pat in tool["exclude"])]
        print("included:", included)
        print("excluded:", excluded)
        print(fnmatch.filter(["a.PY", "b.py", "c.txt"], "*.py"), fnmatch.translate("src/[!_]*.py"))
        old = os.getcwd()
        os.chdir(root)
        try:
            print(sorted(glob.glob("src/**/*.py", recursive=True)))
            print(sorted(glob.glob("*.md")), sorted(glob.glob("**/", recursive=True))[:4], glob.glob("nothing*"))
            print(sorted(glob.glob(".*")), sorted(glob.glob("*", include_hidden=True))[:3], glob.escape("a[b]*?.py"))
            print(sorted(str(p) for p in pathlib.Path("src").glob("*/*.py")), sorted(p.name for p in pathlib.Path(".").glob("**/test_*.py")))
        finally:
            os.chdir(old)
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            rel = os.path.relpath(dirpath, root)
            sizes = sum(os.path.getsize(os.path.join(dirpath, f)) for f in filenames)
            print(f"{rel:<22} {len(filenames):>2} files {sizes:>5} bytes {sorted(filenames)[:3]}")
        p = root / "src" / "widget" / "core.py"
        print(p.relative_to(root), p.suffix, p.stem, p.parent.name, p.with_suffix(".pyi").name, p.with_name("x.txt").name)
        print(pathlib.PurePosixPath("/a/b/../c.tar.gz").suffixes, pathlib.PurePosixPath("a/b").joinpath("c", "/d"), pathlib.PurePosixPath("a/b/c").parts)
        print(pathlib.PurePosixPath("a/b/c.py").match("b/*.py"), pathlib.PurePosixPath("x/y").is_relative_to("x"), p.exists(), (root / "nope").exists())


main()
