# A changelog generator of the kind release scripts carry: conventional-commit messages parsed
# with re, grouped with itertools, dataclasses with ordering and defaults, enums, textwrap for
# wrapping bodies, datetime for release dates, and f-string tables with alignment specs.
import itertools
import re
import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass, field, asdict, replace
from datetime import date, timedelta
from enum import Enum, auto
from functools import total_ordering


class Kind(Enum):
    FEAT = auto()
    FIX = auto()
    DOCS = auto()
    PERF = auto()
    CHORE = auto()

    @classmethod
    def parse(cls, word):
        try:
            return cls[word.upper()]
        except KeyError:
            return cls.CHORE

    @property
    def title(self):
        return {Kind.FEAT: "Features", Kind.FIX: "Bug fixes", Kind.DOCS: "Documentation",
                Kind.PERF: "Performance", Kind.CHORE: "Other changes"}[self]


@total_ordering
class Version:
    __slots__ = ("major", "minor", "patch")

    def __init__(self, text):
        m = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+)", text)
        if m is None:
            raise ValueError(f"not a version: {text!r}")
        self.major, self.minor, self.patch = map(int, m.groups())

    def bump(self, kinds, breaking):
        if breaking:
            return Version(f"{self.major + 1}.0.0")
        if Kind.FEAT in kinds:
            return Version(f"{self.major}.{self.minor + 1}.0")
        return Version(f"{self.major}.{self.minor}.{self.patch + 1}")

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Version('{self}')"

    def __str__(self):
        return "%d.%d.%d" % self._key()


@dataclass(order=True)
class Commit:
    day: date
    sha: str
    kind: Kind = field(compare=False)
    scope: str = field(default="", compare=False)
    subject: str = field(default="", compare=False)
    body: str = field(default="", compare=False, repr=False)
    breaking: bool = field(default=False, compare=False)
    tags: list = field(default_factory=list, compare=False)

    @property
    def short(self):
        return self.sha[:7]


HEADER = re.compile(r"^(?P<kind>\w+)(?:\((?P<scope>[\w-]+)\))?(?P<bang>!)?: (?P<subject>.+)$")
ISSUE = re.compile(r"#(\d+)")

RAW = [
    ("feat(cli): add --dry-run to the publish command", "Lets users see what would be uploaded.\nCloses #41."),
    ("fix: do not crash on empty changelog", "Fixes #38 and #39, both reported the same day."),
    ("docs(readme): describe the release flow", ""),
    ("perf(index): cache parsed manifests", "Parsing took 40% of the run on big trees; now once per file."),
    ("feat(api)!: rename Release.push to Release.publish", "BREAKING CHANGE: callers must rename."),
    ("chore: bump dev dependencies", ""),
    ("Merge branch 'main' into topic", ""),
    ("fix(cli): exit 2 on unknown flags", "Matches what argparse users expect, see #44."),
    ("refactor(core): split the uploader", "No behaviour change."),
    ("feat(index): support yanked releases", "A long body that explains the change in several sentences so that "
     "the wrapping code has something to do: yanked releases stay visible but are never chosen."),
]


def sha_for(i, text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFFFFFF
    return format(h ^ (i * 0x9E3779B1), "012x")


def parse_commits(raw, start):
    commits, skipped = [], []
    for i, (header, body) in enumerate(raw):
        m = HEADER.match(header)
        if not m:
            skipped.append(header)
            continue
        parts = m.groupdict()
        kind = Kind.parse(parts["kind"])
        commits.append(Commit(
            day=start + timedelta(days=i * 3 % 7, hours=i),
            sha=sha_for(i, header),
            kind=kind,
            scope=parts["scope"] or "",
            subject=parts["subject"],
            body=body,
            breaking=bool(parts["bang"]) or "BREAKING CHANGE" in body,
            tags=ISSUE.findall(body),
        ))
    return commits, skipped


def render(version, when, commits, width=72):
    lines = [f"## {version} ({when:%Y-%m-%d})", ""]
    by_kind = defaultdict(list)
    for c in sorted(commits):
        by_kind[c.kind].append(c)
    for kind in Kind:
        group = by_kind.get(kind)
        if not group:
            continue
        lines.append(f"### {kind.title}")
        for c in group:
            scope = f"**{c.scope}:** " if c.scope else ""
            refs = "".join(f" (#{t})" for t in c.tags)
            entry = f"- {scope}{c.subject}{refs} [{c.short}]"
            lines.extend(textwrap.wrap(entry, width, subsequent_indent="  "))
            if c.body and kind in (Kind.FEAT, Kind.PERF):
                lines.append(textwrap.indent(textwrap.fill(c.body, width - 4), "    "))
        lines.append("")
    return "\n".join(lines)


def stats_table(commits):
    counts = Counter(c.kind.name.lower() for c in commits)
    scopes = Counter(c.scope or "-" for c in commits)
    rows = [f"{'kind':<8}|{'count':>6}|{'share':>8}", "-" * 24]
    total = sum(counts.values())
    for name, n in counts.most_common():
        rows.append(f"{name:<8}|{n:>6}|{n / total:>8.1%}")
    rows.append(f"{'total':<8}|{total:>6}|{1:>8.0%}")
    rows.append("scopes: " + ", ".join(f"{s}={n}" for s, n in sorted(scopes.items())))
    return "\n".join(rows)


def week_groups(commits):
    keyfunc = lambda c: c.day.isocalendar()[1]
    for week, group in itertools.groupby(sorted(commits), key=keyfunc):
        group = list(group)
        days = sorted({c.day.strftime("%a") for c in group})
        yield week, len(group), days


def main():
    start = date(2024, 2, 26)
    commits, skipped = parse_commits(RAW, start)
    print(f"parsed {len(commits)} commits, skipped {len(skipped)}:")
    for s in skipped:
        print("  skipped:", repr(s))
    current = Version("v1.9.3")
    kinds = {c.kind for c in commits}
    breaking = any(c.breaking for c in commits)
    nxt = current.bump(kinds, breaking)
    print(f"{current!r} -> {nxt!r}; breaking={breaking}; newer={nxt > current}")
    print(sorted([Version("1.10.0"), Version("1.9.12"), nxt, current]))
    print(len({Version("1.0.0"), Version("v1.0.0"), Version("1.0.1")}), "distinct versions")
    print()
    print(render(nxt, start + timedelta(days=14), commits))
    print(stats_table(commits))
    print()
    for week, n, days in week_groups(commits):
        print(f"week {week:02d}: {n} commit{'s' if n != 1 else ''} on {'/'.join(days)}")
    first = commits[0]
    print(first)
    print(asdict(replace(first, tags=["1", "2"], body="x"))["tags"])
    print(sorted(commits)[0].sha == min(commits).sha, max(commits).short)
    fixes = [c for c in commits if c.kind is Kind.FIX]
    print("fix issues:", sorted(itertools.chain.from_iterable(c.tags for c in fixes), key=int))
    print("kinds:", [k.name for k in Kind], Kind.parse("Feat"), Kind.parse("wip").value)
    try:
        Version("1.2")
    except ValueError as e:
        print("error:", e)
    print(textwrap.shorten(RAW[-1][1], width=50, placeholder=" [...]"))
    print(textwrap.dedent("""\
        Release checklist:
          1. tag
          2. push
        """), end="")


if __name__ == "__main__":
    main()
