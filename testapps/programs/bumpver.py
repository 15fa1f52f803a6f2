#!/usr/bin/env python3
"""bumpver: bump the version string across a project and show what changed."""
from __future__ import annotations

import argparse
import difflib
import logging
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from functools import total_ordering
from pathlib import Path
from typing import Iterable, Optional

log = logging.getLogger("bumpver")

VERSION_RE = re.compile(
    r"^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


class BumpError(Exception):
    """Base class for everything bumpver reports to the user."""


class InvalidVersion(BumpError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return f"not a semantic version: {self.text!r}"


class PatternNotFound(BumpError):
    def __init__(self, path: Path, pattern: str) -> None:
        super().__init__(path, pattern)
        self.path, self.pattern = path, pattern

    def __str__(self) -> str:
        return f"{self.path.name}: pattern {self.pattern!r} matched nothing"


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: Optional[str] = None
    build: Optional[str] = field(default=None, compare=False)

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = VERSION_RE.match(text.strip())
        if not m:
            raise InvalidVersion(text)
        d = m.groupdict()
        return cls(int(d["major"]), int(d["minor"]), int(d["patch"]), d["pre"], d["build"])

    def _key(self):
        pre = () if self.pre is None else tuple(
            (0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split(".")
        )
        return (self.major, self.minor, self.patch, self.pre is None, pre)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def bump(self, part: str, pre_tag: str = "rc") -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            if self.pre is not None:
                return Version(self.major, self.minor, self.patch)
            return Version(self.major, self.minor, self.patch + 1)
        if part == "pre":
            if self.pre and self.pre.startswith(pre_tag + "."):
                n = int(self.pre.rsplit(".", 1)[1])
                return Version(self.major, self.minor, self.patch, f"{pre_tag}.{n + 1}")
            return Version(self.major, self.minor, self.patch + 1, f"{pre_tag}.1")
        raise ValueError(f"unknown part {part!r}")

    def __str__(self) -> str:
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += f"-{self.pre}"
        if self.build:
            s += f"+{self.build}"
        return s

    def __format__(self, spec: str) -> str:
        if spec == "short":
            return f"{self.major}.{self.minor}"
        return format(str(self), spec)


@dataclass
class FileRule:
    path: str
    pattern: str = "{version}"

    def regex(self, version: Version) -> re.Pattern[str]:
        escaped = re.escape(self.pattern).replace(re.escape("{version}"), "(?P<v>" + re.escape(str(version)) + ")")
        return re.compile(escaped, re.MULTILINE)


def rewrite(root: Path, rule: FileRule, old: Version, new: Version, dry_run: bool) -> list[str]:
    target = root / rule.path
    before = target.read_text()
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        start, end = m.span("v")
        whole = m.group(0)
        off = m.start(0)
        return whole[: start - off] + str(new) + whole[end - off:]

    after = rule.regex(old).sub(repl, before)
    if count == 0:
        raise PatternNotFound(target, rule.pattern)
    log.info("%-16s %d replacement%s", rule.path, count, "" if count == 1 else "s")
    diff = list(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{rule.path}", tofile=f"b/{rule.path}", n=1))
    if not dry_run:
        target.write_text(after)
    return diff


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bumpver", description="Bump project versions.")
    p.add_argument("-n", "--dry-run", action="store_true", help="show the diff only")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    b = sub.add_parser("bump", help="bump one part")
    b.add_argument("part", choices=["major", "minor", "patch", "pre"])
    b.add_argument("--tag", default="rc", help="pre-release tag (default: %(default)s)")
    s = sub.add_parser("show", help="print the current version")
    s.add_argument("--format", dest="fmt", default="", metavar="SPEC")
    sub.add_parser("sort", help="sort versions read from the project").add_argument("versions", nargs="*")
    return p


def setup_logging(verbose: int) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname).1s] %(name)s: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    log.propagate = False


def main(argv: Iterable[str], root: Path) -> int:
    args = build_parser().parse_args(list(argv))
    setup_logging(args.verbose)
    current = Version.parse((root / "VERSION").read_text())
    log.debug("current version %s from %s", current, "VERSION")
    rules = [FileRule("VERSION"), FileRule("setup.cfg", "version = {version}"),
             FileRule("src/pkg/__init__.py", '__version__ = "{version}"'),
             FileRule("README.md", "pkg=={version}")]
    try:
        if args.command == "show":
            print(f"{current:{args.fmt}}" if args.fmt else current)
        elif args.command == "sort":
            vs = sorted({Version.parse(v) for v in args.versions})
            print(" < ".join(map(str, vs)))
            print("max:", max(vs), "min:", min(vs))
        else:
            new = current.bump(args.part, args.tag)
            print(f"{current} -> {new}{' (dry run)' if args.dry_run else ''}")
            for rule in rules:
                sys.stdout.writelines(rewrite(root, rule, current, new, args.dry_run))
    except BumpError as e:
        print(f"bumpver: error: {e}", file=sys.stdout)
        return 2
    return 0


def make_project(root: Path, version: str) -> None:
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "VERSION").write_text(version + "\n")
    (root / "setup.cfg").write_text(f"[metadata]\nname = pkg\nversion = {version}\n\n[options]\npackages = find:\n")
    (root / "src/pkg/__init__.py").write_text(f'"""pkg."""\n__version__ = "{version}"\n')
    (root / "README.md").write_text(f"# pkg\n\nInstall:\n\n    pip install pkg=={version}\n\nOr pkg=={version}[extra].\n")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="bumpver-") as tmp:
        root = Path(tmp)
        make_project(root, "1.4.2-rc.3")
        runs = [
            ["show"], ["show", "--format", "short"], ["show", "--format", ">20"],
            ["-v", "bump", "pre"], ["-n", "bump", "patch"], ["-vv", "bump", "minor"],
            ["show"], ["sort", "1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2",
                       "1.0.0-beta.11", "1.0.0-rc.1", "0.9.9+build.5", "1.0.0+meta"],
            ["sort", "1.2", "2.0.0"],
        ]
        for argv in runs:
            print("$ bumpver", " ".join(argv))
            try:
                rc = main(argv, root)
            except SystemExit as e:
                rc = e.code
            print(f"exit={rc}")
        (root / "README.md").write_text("nothing here\n")
        print("$ bumpver bump major")
        print("exit=%d" % main(["bump", "major"], root))
        print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()))
        try:
            main(["bump", "huge"], root)
        except SystemExit as e:
            print("usage error exit", e.code)
