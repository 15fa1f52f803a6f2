# A version-bump tool as release scripts write it: argparse subcommands, a SemVer dataclass with
# ordering, conventional-commit parsing with re, an enum of bump levels, a changelog rendered with
# textwrap, and errors reported to stderr with exit codes.
import argparse
import re
import sys
import textwrap
from dataclasses import dataclass, field, replace
from enum import IntEnum
from functools import total_ordering
from collections import defaultdict, Counter

SEMVER = re.compile(r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
                    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$")
COMMIT = re.compile(r"^(?P<kind>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<subject>.+)$")


class Bump(IntEnum):
    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


class VersionError(ValueError):
    pass


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: tuple = ()
    build: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text):
        m = SEMVER.match(text.strip())
        if not m:
            raise VersionError(f"not a semantic version: {text!r}")
        pre = tuple(int(p) if p.isdigit() else p for p in (m["pre"] or "").split(".") if p)
        return cls(int(m["major"]), int(m["minor"]), int(m["patch"]), pre, m["build"] or "")

    def _key(self):
        # A pre-release sorts before its release; numeric identifiers before alphanumeric ones.
        pre = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.pre)
        return (self.major, self.minor, self.patch, not self.pre, pre)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def bump(self, level):
        if level is Bump.MAJOR:
            return Version(self.major + 1, 0, 0)
        if level is Bump.MINOR:
            return Version(self.major, self.minor + 1, 0)
        if level is Bump.PATCH:
            return replace(self, patch=self.patch + (0 if self.pre else 1), pre=(), build="")
        return self

    def __str__(self):
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            text += "-" + ".".join(map(str, self.pre))
        if self.build:
            text += "+" + self.build
        return text


@dataclass
class Commit:
    sha: str
    kind: str
    scope: str | None
    subject: str
    breaking: bool = False

    @property
    def level(self):
        if self.breaking:
            return Bump.MAJOR
        return {"feat": Bump.MINOR, "fix": Bump.PATCH, "perf": Bump.PATCH}.get(self.kind, Bump.NONE)


def parse_log(lines):
    commits, skipped = [], []
    for line in lines:
        sha, _, message = line.partition(" ")
        head, *body = message.split("|")
        m = COMMIT.match(head)
        if m is None:
            skipped.append(sha)
            continue
        breaking = bool(m["bang"]) or any(b.startswith("BREAKING CHANGE") for b in body)
        commits.append(Commit(sha[:7], m["kind"], m["scope"], m["subject"], breaking))
    return commits, skipped


LOG = [
    "a1b2c3d4e feat(cli): add --dry-run flag",
    "b2c3d4e5f fix(parser): handle empty input|Closes #12",
    "c3d4e5f6a docs: explain the plugin API in much more detail than before so it wraps",
    "d4e5f6a7b Merge branch 'main' into feature",
    "e5f6a7b8c refactor(core)!: drop Python 3.7 support",
    "f6a7b8c9d perf: cache compiled patterns",
    "0a1b2c3d4 feat: export JSON reports|BREAKING CHANGE: report keys renamed",
    "1b2c3d4e5 chore(deps): bump requests",
]


def render_changelog(version, commits, width=60):
    groups = defaultdict(list)
    titles = {"feat": "Features", "fix": "Bug fixes", "perf": "Performance"}
    for c in commits:
        if c.breaking:
            groups["BREAKING"].append(c)
        groups[titles.get(c.kind, "Other")].append(c)
    out = [f"## {version}", ""]
    for title in sorted(groups, key=lambda t: (t != "BREAKING", t)):
        out.append(f"### {title}")
        for c in groups[title]:
            scope = f"**{c.scope}:** " if c.scope else ""
            out.extend(textwrap.wrap(f"{scope}{c.subject} ({c.sha})", width=width,
                                     initial_indent="- ", subsequent_indent="  "))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def cmd_bump(args):
    current = Version.parse(args.current)
    commits, skipped = parse_log(LOG)
    level = max((c.level for c in commits), default=Bump.NONE)
    if args.level:
        level = Bump[args.level.upper()]
    if current.major == 0 and level is Bump.MAJOR and not args.allow_major:
        level = Bump.MINOR
    new = current.bump(level)
    print(f"{current} -> {new} ({level.name.lower()}, {len(commits)} commits, {len(skipped)} skipped)")
    print(render_changelog(new, commits, width=args.width), end="")
    kinds = Counter(c.kind for c in commits)
    print("kinds:", ", ".join(f"{k}={n}" for k, n in kinds.most_common()))
    return 0


def cmd_sort(args):
    versions = []
    for text in args.versions:
        try:
            versions.append(Version.parse(text))
        except VersionError as e:
            print(f"warning: {e}", file=sys.stderr)
    for v in sorted(versions, reverse=args.reverse):
        print(f"  {str(v):<22} {v!r}")
    if versions:
        print("newest:", max(versions), "| oldest:", min(versions))
    return 1 if len(versions) != len(args.versions) else 0


def build_parser():
    parser = argparse.ArgumentParser(prog="semver-bump", description="Bump versions.")
    parser.add_argument("--width", type=int, default=60)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("bump", help="compute the next version")
    b.add_argument("current")
    b.add_argument("--level", choices=["patch", "minor", "major"])
    b.add_argument("--allow-major", action="store_true")
    b.set_defaults(func=cmd_bump)
    s = sub.add_parser("sort", help="sort versions")
    s.add_argument("versions", nargs="+")
    s.add_argument("-r", "--reverse", action="store_true")
    s.set_defaults(func=cmd_sort)
    return parser


def main(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print(f"(argparse exited with {e.code})")
        return e.code
    args.width = max(args.width, 20)
    return args.func(args)


if __name__ == "__main__":
    runs = [
        ["bump", "1.4.2"],
        ["--width", "40", "bump", "0.9.0-rc.1"],
        ["bump", "0.9.0", "--allow-major"],
        ["bump", "2.0.0-beta.2", "--level", "patch"],
        ["sort", "1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11", "1.0.0-beta.2", "1.0.0-rc.1", "0.9.9+build.7"],
        ["sort", "-r", "2.0.0", "not-a-version", "v1.10.0", "1.9.0"],
        ["bump", "1.0", "--level", "huge"],
        [],
    ]
    codes = []
    for argv in runs:
        print("$ semver-bump", " ".join(argv))
        sys.stdout.flush()
        codes.append(main(argv))
        sys.stderr.flush()
    print("exit codes:", codes)
    print(Version.parse("1.2.3-rc.1+sha.5") == Version.parse("1.2.3-rc.1"), hash(Version(1, 2, 3)) == hash(Version(1, 2, 3)))
    try:
        Version.parse("1.2.3").major = 4
    except Exception as e:
        print(type(e).__name__, e)
    main(["bump", "x.y.z"])
