"""Summarize a `git log --numstat` style history, like a release manager's weekly report:
commits per author and week, conventional-commit types, hot files, churn, streaks, and a
changelog grouped by type for a tag range."""
import re
import statistics
import string
from collections import Counter, defaultdict, namedtuple
from datetime import datetime, timedelta, timezone
from itertools import groupby, pairwise, accumulate
from operator import attrgetter

LOG = """\
commit a1f3c9e
Author: Ana Lima <ana@example.org>
Date:   2024-02-26T09:14:03+01:00

    feat(cli): add --dry-run to publish

3\t1\tsrc/cli.py
10\t0\ttests/test_cli.py

commit b27d0aa
Author: Bo Chen <bo@example.org>
Date:   2024-02-27T17:40:00-05:00

    fix: handle empty changelog (#41)

1\t1\tsrc/changelog.py

commit c0ffee1
Author: Ana Lima <ana@example.org>
Date:   2024-02-28T23:59:59+00:00

    docs: explain release flow

40\t2\tdocs/release.md
-\t-\tdocs/flow.png

commit d00d123
Author: Chris O'Neil <chris@example.org>
Date:   2024-03-01T08:00:00+02:00

    feat!: drop python 3.7

    BREAKING CHANGE: 3.7 is end of life.

5\t30\tsetup.cfg
2\t2\tsrc/cli.py

commit e4e4e4e
Author: Bo Chen <bo@example.org>
Date:   2024-03-04T10:30:00-05:00

    refactor(changelog): split renderer

120\t95\tsrc/changelog.py
30\t0\tsrc/render.py

commit f5f5f5f
Author: Bo Chen <bo@example.org>
Date:   2024-03-05T11:00:00-05:00

    fix(cli): exit code on failure

2\t1\tsrc/cli.py
4\t0\ttests/test_cli.py

commit 0a0a0a0
Author: Dee <dee@example.org>
Date:   2024-03-12T12:00:00+00:00

    chore: bump version to 2.0.0

1\t1\tsrc/__init__.py
"""

Commit = namedtuple("Commit", "sha author email when type scope breaking subject files")
HEADER = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[\w-]+)\))?(?P<bang>!)?: (?P<subject>.+)$")
AUTHOR = re.compile(r"^Author: (?P<name>.+?) <(?P<email>[^>]+)>$")
NUMSTAT = re.compile(r"^(\d+|-)\t(\d+|-)\t(.+)$")


def parse(text):
    for block in re.split(r"\n(?=commit )", text.strip()):
        lines = block.splitlines()
        sha = lines[0].split()[1]
        author = AUTHOR.match(lines[1])
        when = datetime.fromisoformat(lines[2].split(None, 1)[1])
        body = [l[4:] for l in lines[3:] if l.startswith("    ")]
        m = HEADER.match(body[0])
        files = []
        for l in lines:
            n = NUMSTAT.match(l)
            if n:
                added, removed, path = n.groups()
                files.append((path, None if added == "-" else int(added), None if removed == "-" else int(removed)))
        breaking = bool(m["bang"]) or any(b.startswith("BREAKING CHANGE") for b in body)
        yield Commit(sha, author["name"], author["email"], when, m["type"], m["scope"], breaking, m["subject"], files)


def week_of(dt):
    year, week, _ = dt.astimezone(timezone.utc).isocalendar()
    return f"{year}-W{week:02d}"


def table(rows, headers):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    fmt = "  ".join("{:<%d}" % w if i == 0 else "{:>%d}" % w for i, w in enumerate(widths))
    out = [fmt.format(*headers), "  ".join("-" * w for w in widths)]
    out += [fmt.format(*map(str, r)) for r in rows]
    return "\n".join(out)


def main():
    commits = sorted(parse(LOG), key=attrgetter("when"))
    print(f"{len(commits)} commits from {commits[0].when:%Y-%m-%d %H:%M %z} to {commits[-1].when.isoformat()}")
    utc = [c.when.astimezone(timezone.utc) for c in commits]
    gaps = [b - a for a, b in pairwise(utc)]
    print("longest gap:", max(gaps), "| median gap hours:", round(statistics.median(g / timedelta(hours=1) for g in gaps), 2))

    per_author = Counter(c.author for c in commits)
    churn = defaultdict(lambda: [0, 0, 0])
    for c in commits:
        for path, a, r in c.files:
            entry = churn[c.author]
            entry[0] += a or 0
            entry[1] += r or 0
            entry[2] += a is None
    rows = [(name, n, f"+{churn[name][0]}", f"-{churn[name][1]}", churn[name][2]) for name, n in per_author.most_common()]
    print(table(rows, ("author", "commits", "added", "removed", "binary")))

    print("\nby week:")
    for week, group in groupby(commits, key=lambda c: week_of(c.when)):
        group = list(group)
        types = Counter(c.type for c in group)
        print(f"  {week}: {len(group)} commit(s) - " + ", ".join(f"{t}={n}" for t, n in sorted(types.items())))

    hot = Counter(path for c in commits for path, *_ in c.files)
    print("\nhot files:", [f"{p} x{n}" for p, n in hot.most_common(3)])
    sizes = [sum((a or 0) + (r or 0) for _, a, r in c.files) for c in commits]
    print("running churn:", list(accumulate(sizes)), "| mean", statistics.mean(sizes), "| stdev", round(statistics.stdev(sizes), 3))

    days = sorted({c.when.astimezone(timezone.utc).date() for c in commits})
    streak = best = 1
    for a, b in pairwise(days):
        streak = streak + 1 if b - a == timedelta(days=1) else 1
        best = max(best, streak)
    print("active days:", len(days), "| best streak:", best, "| weekdays:", Counter(d.strftime("%a") for d in days).most_common(2))

    print("\nCHANGELOG (since a1f3c9e)")
    titles = {"feat": "Features", "fix": "Bug fixes", "docs": "Documentation", "refactor": "Internal"}
    template = string.Template("- ${scope}${subject} (${sha})${mark}")
    by_type = defaultdict(list)
    for c in commits:
        if c.type in titles:
            by_type[c.type].append(c)
    for t in titles:
        if not by_type[t]:
            continue
        print(f"\n### {titles[t]}")
        for c in sorted(by_type[t], key=lambda c: (c.scope or "", c.when)):
            print(template.substitute(scope=f"**{c.scope}:** " if c.scope else "", subject=c.subject[0].upper() + c.subject[1:],
                                      sha=c.sha[:7], mark=" [BREAKING]" if c.breaking else ""))
    breaking = [c for c in commits if c.breaking]
    bump = "major" if breaking else "minor" if by_type["feat"] else "patch"
    print(f"\nsuggested bump: {bump} ({len(breaking)} breaking, {len(by_type['feat'])} features)")
    emails = sorted({c.email.split("@")[1] for c in commits})
    print("domains:", emails, "| authors:", " & ".join(sorted(per_author, key=str.casefold)))


if __name__ == "__main__":
    main()
