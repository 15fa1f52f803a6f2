# A release script of the kind projects ship in tools/: argparse subcommands, a workspace in a
# temporary folder, pathlib, shutil.copytree/rmtree, subprocess.run of small system tools (echo,
# ls, cat), configparser, string.Template, textwrap, logging with handlers and formatters,
# hashlib/base64, zipfile/tarfile with fixed timestamps, csv manifests, difflib, fnmatch/glob.
import argparse
import base64
import configparser
import csv
import difflib
import fnmatch
import glob
import hashlib
import io
import logging
import os
import shutil
import string
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
FIXED = datetime(2024, 3, 9, 14, 30, 5, tzinfo=timezone.utc)

CONFIG = """
[project]
name = sparrow
version = 1.4.2
description = A small tool that does one thing well, with a description long enough to wrap twice.

[build]
include = *.py, *.txt, *.cfg
exclude = *_test.py, scratch*
output = %(name)s-dist

[paths]
root = src
docs = %(root)s/docs
"""


class RelativeFormatter(logging.Formatter):
    """Prints the record's level, logger and message, with a fixed clock so output is stable."""

    def formatTime(self, record, datefmt=None):
        return FIXED.strftime(datefmt or "%Y-%m-%d %H:%M:%S")


class OnlyBelow(logging.Filter):
    def __init__(self, level):
        super().__init__()
        self.level = level

    def filter(self, record):
        return record.levelno < self.level


def setup_logging():
    log = logging.getLogger("release")
    log.setLevel(logging.DEBUG)
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(RelativeFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S"))
    out.addFilter(OnlyBelow(logging.ERROR))
    errors = logging.StreamHandler(sys.stdout)
    errors.setLevel(logging.ERROR)
    errors.setFormatter(logging.Formatter("!! %(levelname)s [%(name)s.%(funcName)s] %(message)s"))
    log.addHandler(out)
    log.addHandler(errors)
    log.propagate = False
    return log


LOG = setup_logging()


def run(cmd, cwd=None):
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    LOG.debug("ran %s %s -> %d", cmd[0], os.path.basename(cmd[-1]), result.returncode)
    return result


def make_tree(root, count):
    files = {
        "src/sparrow/__init__.py": "VERSION = '1.4.2'\n",
        "src/sparrow/core.py": "def main():\n    return 42\n",
        "src/sparrow/core_test.py": "assert True\n",
        "src/sparrow/data.txt": "alpha\nbeta\ngamma\n",
        "src/setup.cfg": "[metadata]\nname = sparrow\n",
        "src/scratch_notes.txt": "do not ship\n",
        "src/docs/index.txt": "Sparrow\n=======\n",
    }
    for i in range(count):
        files[f"src/sparrow/plugins/plugin_{i:03d}.py"] = f"NAME = 'plugin {i}'\nWEIGHT = {i * 7 % 11}\n"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return len(files)


def load_config():
    parser = configparser.ConfigParser()
    parser.read_string(CONFIG)
    return parser


def cmd_info(args, ws):
    cfg = load_config()
    project = cfg["project"]
    print(f"{project['name']} {project['version']}")
    for line in textwrap.wrap(project["description"], width=40, initial_indent="  ", subsequent_indent="  "):
        print(line)
    print("sections:", cfg.sections())
    print("output:", cfg.get("build", "output", vars={"name": project["name"]}))
    print("docs:", cfg["paths"]["docs"])
    print("include:", [p.strip() for p in cfg["build"]["include"].split(",")])
    print("has missing option:", cfg.has_option("build", "missing"), cfg.getint("build", "missing", fallback=-1))
    try:
        cfg.getint("project", "version")
    except ValueError as e:
        print("getint:", e)


def selected_files(root, cfg):
    include = [p.strip() for p in cfg["build"]["include"].split(",")]
    exclude = [p.strip() for p in cfg["build"]["exclude"].split(",")]
    chosen = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        name = path.name
        if any(fnmatch.fnmatch(name, pat) for pat in exclude):
            continue
        if any(fnmatch.fnmatch(name, pat) for pat in include):
            chosen.append(path)
    return chosen


def cmd_build(args, ws):
    cfg = load_config()
    src = ws / "src"
    stage = ws / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(src, stage, ignore=shutil.ignore_patterns("*_test.py", "scratch*"))
    staged = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file())
    LOG.info("staged %d files", len(staged))
    print("first staged:", staged[:4])
    chosen = selected_files(src, cfg)
    manifest = io.StringIO()
    writer = csv.writer(manifest, lineterminator="\n")
    writer.writerow(["path", "size", "sha256"])
    for path in chosen:
        data = path.read_bytes()
        writer.writerow([path.relative_to(src).as_posix(), len(data), hashlib.sha256(data).hexdigest()[:16]])
    rows = manifest.getvalue().splitlines()
    print(f"manifest: {len(rows) - 1} files")
    for row in rows[:5]:
        print("  " + row)
    dist = ws / "dist"
    dist.mkdir(exist_ok=True)
    zip_path = dist / f"sparrow-{cfg['project']['version']}.zip"
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in chosen:
            info = zipfile.ZipInfo(path.relative_to(src).as_posix(), date_time=(2024, 3, 9, 14, 30, 4))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        print("zip entries:", len(names), names[0], zf.getinfo(names[0]).date_time)
        print("zip test:", zf.testzip())
        print("zip data ok:", zf.read("sparrow/data.txt").decode().split())
    tar_path = dist / "sparrow.tar.gz"
    with tarfile.open(tar_path, "w:gz") as tf:
        for path in chosen:
            data = path.read_bytes()
            info = tarfile.TarInfo(path.relative_to(src).as_posix())
            info.size = len(data)
            info.mtime = int(FIXED.timestamp())
            info.mode = 0o644
            tf.addfile(info, io.BytesIO(data))
    with tarfile.open(tar_path, "r:gz") as tf:
        members = tf.getmembers()
        print("tar members:", len(members), members[-1].name, oct(members[-1].mode), members[-1].mtime)
        print("tar read:", tf.extractfile("setup.cfg").read().decode().splitlines())
    listing = run(["ls", "-1", str(dist)])
    print("ls dist:", listing.stdout.split())
    digest = hashlib.md5()
    for path in chosen:
        digest.update(path.read_bytes())
    print("content md5:", digest.hexdigest())
    print("b64 of version:", base64.b64encode(cfg["project"]["version"].encode()).decode())
    print("urlsafe:", base64.urlsafe_b64encode(hashlib.sha1(b"sparrow").digest()).decode().rstrip("="))


def cmd_changelog(args, ws):
    template = string.Template(textwrap.dedent("""\
        ## $name $version ($date)

        $count changes by $$authors:
        $lines
        """))
    entries = [
        ("fix", "ada", "handle empty config files"),
        ("feat", "grace", "add --dry-run to the build command"),
        ("docs", "linus", "explain the plugin weights"),
        ("fix", "ada", "quote paths with spaces"),
    ] * args.repeat
    lines = "\n".join(f"- [{kind:>4}] {text} (@{who})" for kind, who, text in entries[:6])
    when = FIXED + timedelta(days=args.days)
    print(template.substitute(name="sparrow", version=args.version, date=when.strftime("%d %b %Y, %A"),
                              count=len(entries), lines=lines), end="")
    print(template.safe_substitute(name="x"))
    try:
        string.Template("$missing here").substitute({})
    except KeyError as e:
        print("template KeyError:", e)


def cmd_bump(args, ws):
    init = ws / "src" / "sparrow" / "__init__.py"
    old = init.read_text()
    major, minor, patch = (int(p) for p in load_config()["project"]["version"].split("."))
    if args.part == "major":
        new_version = f"{major + 1}.0.0"
    elif args.part == "minor":
        new_version = f"{major}.{minor + 1}.0"
    else:
        new_version = f"{major}.{minor}.{patch + 1}"
    new = old.replace("1.4.2", new_version) + f"RELEASED = '{FIXED:%Y-%m-%d}'\n"
    init.write_text(new)
    diff = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                fromfile="a/__init__.py", tofile="b/__init__.py")
    sys.stdout.writelines(diff)
    ratio = difflib.SequenceMatcher(None, old, new).ratio()
    print(f"similarity: {ratio:.3f}")
    print("close matches:", difflib.get_close_matches("plugn_001", [f"plugin_{i:03d}" for i in range(5)], n=2))
    echo = run(["echo", "tagged", f"v{new_version}"])
    print("echo:", echo.stdout.strip(), echo.returncode)


def cmd_verify(args, ws):
    src = ws / "src"
    old_cwd = os.getcwd()
    os.chdir(src)
    try:
        py_files = sorted(glob.glob("**/*.py", recursive=True))
        txt_files = sorted(glob.glob("*/*.txt"))
    finally:
        os.chdir(old_cwd)
    print("py files:", len(py_files), py_files[:3])
    print("txt files:", txt_files)
    cat = run(["cat", str(src / "sparrow" / "data.txt")])
    print("cat:", cat.stdout.splitlines())
    missing = run(["ls", str(src / "nope")])
    print("ls missing:", missing.returncode != 0, bool(missing.stderr))
    try:
        subprocess.run(["ls", str(src / "nope")], check=True, capture_output=True)
    except subprocess.CalledProcessError as e:
        print("CalledProcessError:", e.returncode != 0, e.cmd[0])
    weights = []
    for path in sorted((src / "sparrow" / "plugins").glob("plugin_*.py")):
        for line in path.read_text().splitlines():
            if line.startswith("WEIGHT"):
                weights.append(int(line.split("=")[1]))
    print("weights:", sum(weights), max(weights, default=0))
    if sum(weights) % 2:
        LOG.warning("odd total weight %d", sum(weights))
    LOG.error("verification found %d problems", len(weights) % 3)


def build_parser():
    parser = argparse.ArgumentParser(prog="release", description="Release helper for sparrow.")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("info", help="show the project")
    sub.add_parser("build", help="stage and archive")
    ch = sub.add_parser("changelog", help="render the changelog")
    ch.add_argument("--version", default="1.4.3")
    ch.add_argument("--days", type=int, default=3)
    ch.add_argument("--repeat", type=int, default=1)
    bump = sub.add_parser("bump")
    bump.add_argument("part", choices=["major", "minor", "patch"])
    sub.add_parser("verify")
    return parser


def main():
    parser = build_parser()
    commands = {"info": cmd_info, "build": cmd_build, "changelog": cmd_changelog,
                "bump": cmd_bump, "verify": cmd_verify}
    with tempfile.TemporaryDirectory(prefix="release-") as tmp:
        ws = Path(tmp)
        count = make_tree(ws, 5 * SCALE)
        LOG.info("workspace has %d files", count)
        for argv in (["info"], ["-vv", "build"], ["changelog", "--days", "10", "--repeat", "2"],
                     ["bump", "minor"], ["verify"]):
            args = parser.parse_args(argv)
            print(f"=== {args.command} (verbose={args.verbose})")
            commands[args.command](args, ws)
        try:
            parser.parse_args(["bump", "huge"])
        except SystemExit as e:
            print("bad choice exits with", e.code)
        exists_inside = ws.exists()
    print("workspace removed:", exists_inside and not ws.exists())
    print(parser.format_usage(), end="")


main()
