"""relnotes: turn a conventional-commit log into release notes and decide the next version."""
import re
import sys
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from itertools import groupby
from string import Template
from typing import Dict, Iterator, List, Optional, Tuple

LOG = """\
commit 9f1c2ab
Author: Ada <ada@example.org>
Date:   2024-05-02

    feat(cli): add --json output to `status`

    Closes #41.

commit 77aa0e1
Author: Brian <brian@example.org>
Date:   2024-05-01

    fix(parser)!: reject duplicate keys

    BREAKING CHANGE: configs with duplicate keys used to load silently; they now
    raise DuplicateKeyError with the line number of the second occurrence.

commit 51b0c3d
Author: Ada <ada@example.org>
Date:   2024-04-29

    docs: explain the cache directory layout

commit 3e3e3e3
Author: Chen <chen@example.org>
Date:   2024-04-28

    perf(cache): avoid re-hashing unchanged files (#38)

commit 0badc0d
Author: Brian <brian@example.org>
Date:   2024-04-27

    Merge branch 'main' into feature/x

commit 1234567
Author: Dee <dee@example.org>
Date:   2024-04-26

    fix: handle empty files in `scan`; refs #12, #15

commit abcdef0
Author: Chen <chen@example.org>
Date:   2024-04-25

    feat(api)!: drop Python 3.7 support
"""

HEADER_RE = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[\w-]+)\))?(?P<bang>!)?: (?P<subject>.+)$")
ISSUE_RE = re.compile(r"#(\d+)")


class Bump(IntEnum):
    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


SECTIONS = {"feat": "Features", "fix": "Bug Fixes", "perf": "Performance", "docs": "Documentation"}
BUMPS = {"feat": Bump.MINOR, "fix": Bump.PATCH, "perf": Bump.PATCH}


@dataclass
class Commit:
    sha: str
    author: str
    when: date
    header: str
    body: List[str] = field(default_factory=list)
    type: Optional[str] = None
    scope: Optional[str] = None
    breaking: Optional[str] = None
    subject: str = ""

    def __post_init__(self):
        m = HEADER_RE.match(self.header)
        if m:
            self.type, self.scope, self.subject = m["type"], m["scope"], m["subject"]
            if m["bang"]:
                self.breaking = self.subject
        for i, line in enumerate(self.body):
            if line.startswith("BREAKING CHANGE:"):
                rest = [line[len("BREAKING CHANGE:"):].strip()] + self.body[i + 1:]
                self.breaking = " ".join(s.strip() for s in rest if s.strip())
                break

    @property
    def bump(self) -> Bump:
        if self.breaking:
            return Bump.MAJOR
        return BUMPS.get(self.type or "", Bump.NONE)

    def issues(self) -> Tuple[int, ...]:
        text = " ".join([self.header, *self.body])
        return tuple(sorted({int(n) for n in ISSUE_RE.findall(text)}))


def parse_log(text: str) -> Iterator[Commit]:
    blocks = re.split(r"^commit ", text, flags=re.M)
    for block in filter(None, blocks):
        head, _, message = block.partition("\n\n")
        lines = head.splitlines()
        sha = lines[0].strip()
        meta = dict(line.split(":", 1) for line in lines[1:])
        author = re.sub(r"\s*<[^>]+>", "", meta["Author"]).strip()
        when = date.fromisoformat(meta["Date"].strip())
        msg = textwrap.dedent(message).strip("\n").splitlines()
        yield Commit(sha, author, when, msg[0], [l for l in msg[1:] if l.strip()])


def next_version(current: str, bump: Bump) -> str:
    major, minor, patch = map(int, current.split("."))
    if major == 0 and bump is Bump.MAJOR:
        bump = Bump.MINOR
    match bump:
        case Bump.MAJOR:
            return f"{major + 1}.0.0"
        case Bump.MINOR:
            return f"{major}.{minor + 1}.0"
        case Bump.PATCH:
            return f"{major}.{minor}.{patch + 1}"
        case _:
            return current


def linkify(text: str, repo: str) -> str:
    return ISSUE_RE.sub(lambda m: f"[#{m[1]}](https://{repo}/issues/{m[1]})", text)


def render(commits: List[Commit], version: str, day: date, repo: str) -> str:
    out = [f"## {version} ({day:%Y-%m-%d})", ""]
    breaking = [c for c in commits if c.breaking]
    if breaking:
        out += ["### ⚠ BREAKING CHANGES", ""]
        for c in breaking:
            wrapped = textwrap.wrap(c.breaking or "", width=70, initial_indent="* ", subsequent_indent="  ")
            out += wrapped
        out.append("")
    grouped: Dict[str, List[Commit]] = defaultdict(list)
    for c in commits:
        if c.type in SECTIONS:
            grouped[c.type].append(c)
    for key in SECTIONS:
        if key not in grouped:
            continue
        out += [f"### {SECTIONS[key]}", ""]
        for scope, cs in groupby(sorted(grouped[key], key=lambda c: (c.scope or "", c.sha)),
                                 key=lambda c: c.scope):
            for c in cs:
                prefix = f"**{scope}:** " if scope else ""
                out.append(f"* {prefix}{linkify(c.subject, repo)} ({c.sha[:7]})")
        out.append("")
    return "\n".join(out)


def main(argv: List[str]) -> int:
    current = argv[0] if argv else "1.9.3"
    commits = list(parse_log(LOG))
    skipped = [c for c in commits if c.type is None]
    print(f"{len(commits)} commits, {len(skipped)} not conventional: {[c.header for c in skipped]}")
    bump = max((c.bump for c in commits), default=Bump.NONE)
    print(f"bump: {bump.name} ({bump!r}, {int(bump)}); {current} -> {next_version(current, bump)}")
    for v in ("0.4.1", "2.0.0"):
        print(f"  from {v}: {[next_version(v, b) for b in Bump]}")
    print(render(commits, next_version(current, bump), date(2024, 5, 3), "github.com/acme/tool"))
    by_author = sorted(((a, len(list(g))) for a, g in groupby(sorted(c.author for c in commits))),
                       key=lambda t: (-t[1], t[0]))
    print("contributors:", ", ".join(f"{a} ({n})" for a, n in by_author))
    print("issues:", sorted({i for c in commits for i in c.issues()}))
    tpl = Template("Release $version of $$project by ${who}: $count changes")
    print(tpl.substitute(version=next_version(current, bump), who="the team", count=len(commits)))
    print(tpl.safe_substitute(version="x"))
    try:
        tpl.substitute(version="x")
    except KeyError as e:
        print("missing placeholder:", e)
    widths = [max(len(c.sha) for c in commits), 10, max(len(c.type or "-") for c in commits)]
    for c in commits:
        print(f"{c.sha:<{widths[0]}} | {c.when.isoformat():^{widths[1]}} | {c.type or '-':>{widths[2]}} | {c.bump.name.lower()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
