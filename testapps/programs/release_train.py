# A release script: parse tags with re, order versions (PEP 440-ish, pre-releases), pick the
# next version, render a changelog with textwrap, string.Template and format specs, and stop
# with sys.exit(message) when the tree is not releasable.
import functools
import re
import string
import sys
import textwrap
from collections import OrderedDict

VERSION_RE = re.compile(
    r"""^v?(?P<major>0|[1-9]\d*)\.(?P<minor>\d+)(?:\.(?P<patch>\d+))?
        (?:(?P<pre_kind>a|b|rc)(?P<pre_num>\d+))?
        (?:\.post(?P<post>\d+))?(?:\+(?P<local>[a-z0-9.]+))?$""",
    re.VERBOSE | re.IGNORECASE,
)
PRE_ORDER = {"a": 0, "b": 1, "rc": 2}


@functools.total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "pre", "post", "local")

    def __init__(self, text):
        m = VERSION_RE.match(text.strip())
        if m is None:
            raise ValueError(f"invalid version: {text!r}")
        self.major, self.minor = int(m["major"]), int(m["minor"])
        self.patch = int(m.group("patch") or 0)
        kind = m.group("pre_kind")
        self.pre = (kind.lower(), int(m["pre_num"])) if kind else None
        self.post = int(m["post"]) if m["post"] is not None else None
        self.local = m["local"]

    def key(self):
        pre = (PRE_ORDER[self.pre[0]], self.pre[1]) if self.pre else (3, 0)
        return (self.major, self.minor, self.patch, pre, -1 if self.post is None else self.post)

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, Version) else self.key() == other.key()

    def __lt__(self, other):
        return NotImplemented if not isinstance(other, Version) else self.key() < other.key()

    def __hash__(self):
        return hash(self.key())

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += f"{self.pre[0]}{self.pre[1]}"
        if self.post is not None:
            s += f".post{self.post}"
        if self.local:
            s += f"+{self.local}"
        return s

    def __repr__(self):
        return f"Version({str(self)!r})"

    def bump(self, part):
        parts = [self.major, self.minor, self.patch]
        index = ["major", "minor", "patch"].index(part)
        parts[index] += 1
        parts[index + 1:] = [0] * (2 - index)
        return Version(".".join(map(str, parts)))


TAGS = """v1.0.0 v1.0.1 v1.1.0a1 v1.1.0b2 v1.1.0rc1 v1.1.0 1.1.1 v1.2.0.post1 v1.2.0 v1.10.0
v1.9.3 v2.0.0rc2 v2.0.0RC1 V2.0.0 bogus-tag v2.0 v01.2.3 v2.0.1+build.7""".split()

COMMITS = [
    ("feat", "cli", "add --dry-run to publish so maintainers can rehearse a release without uploading anything"),
    ("fix", "parser", "handle CRLF line endings in changelog fragments"),
    ("fix", None, "do not crash when the tag list is empty"),
    ("perf", "index", "cache the simple index for 300 seconds"),
    ("feat", "build", "support reproducible builds via SOURCE_DATE_EPOCH; archives now sort their members by name and clamp mtimes"),
    ("docs", None, "explain the release checklist"),
    ("feat!", "api", "drop Python 3.7"),
    ("chore", "deps", "bump dependencies"),
]

TEMPLATE = string.Template("""\
## $name $version ($date)

$summary
${sections}
Thanks to $$everyone who contributed!
""")


def parse_tags(tags):
    good, bad = [], []
    for tag in tags:
        try:
            good.append(Version(tag))
        except ValueError as e:
            bad.append(str(e))
    return good, bad


def render_sections(commits):
    groups = OrderedDict((k, []) for k in ("Breaking", "Features", "Fixes", "Other"))
    for kind, scope, text in commits:
        label = ("Breaking" if kind.endswith("!") else
                 {"feat": "Features", "fix": "Fixes"}.get(kind, "Other"))
        prefix = f"**{scope}**: " if scope else ""
        groups[label].append(prefix + text)
    out = []
    for label, items in groups.items():
        if not items:
            continue
        out.append(f"### {label}\n")
        for item in items:
            out.append(textwrap.fill(item, width=60, initial_indent="- ", subsequent_indent="  "))
        out.append("")
    return "\n".join(out)


def main():
    versions, errors = parse_tags(TAGS)
    for err in errors:
        print("skip:", err)
    ordered = sorted(set(versions))
    print("ordered:", " < ".join(map(str, ordered)))
    print("latest stable:", max(v for v in ordered if v.pre is None))
    print("latest pre:", max((v for v in ordered if v.pre), key=Version.key))
    print("duplicates:", [str(v) for v in versions if versions.count(v) > 1])
    latest = ordered[-1]
    for part in ("major", "minor", "patch"):
        print(f"{part:>6} -> {latest.bump(part)!s:<10}|{latest.bump(part)!r:>20}|")
    kinds = {kind.rstrip("!") for kind, _, _ in COMMITS}
    part = "major" if any(k.endswith("!") for k, _, _ in COMMITS) else "minor" if "feat" in kinds else "patch"
    new = latest.bump(part)
    summary = textwrap.shorten(" ".join(t for _, _, t in COMMITS), width=90, placeholder=" [...]")
    text = TEMPLATE.substitute(name="pkgtool", version=new, date="2024-05-01",
                               summary=summary, sections=render_sections(COMMITS))
    print(text)
    stats = [("commits", len(COMMITS), 1.0), ("features", 3, 3 / len(COMMITS)),
             ("fixes", 2, 2 / len(COMMITS)), ("lines", 123456, 0.0)]
    print(f"{'what':<10}{'count':>10}{'share':>9}")
    for name, count, share in stats:
        print(f"{name:<10}{count:>10,}{share:>9.1%}")
    print(f"{'total':=^29}")
    print(f"{sum(c for _, c, _ in stats):_>29,d}")
    print(f"{3.14159:+08.3f}|{-2.5:e}|{1234.5:g}|{0.000012:g}|{255:#06x}|{255:o}|{7:b}")
    try:
        TEMPLATE.substitute(name="x")
    except KeyError as e:
        print("template missing:", e)
    print(string.Template("$a and ${b}c $$ $").safe_substitute(a=1))
    if errors:
        sys.exit(f"error: {len(errors)} tag(s) do not parse; fix them before releasing {new}")


main()
