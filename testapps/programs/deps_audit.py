"""Audit a project's pinned requirements against a tiny advisory index, as a CI
`deps-audit` step does: parse requirement specifiers (extras, markers, ranges), compare
versions with PEP 440-ish ordering, flag advisories and outdated pins, and emit text, JSON
and a wrapped summary."""
import functools
import json
import re
import textwrap
from collections import OrderedDict
from dataclasses import dataclass, asdict
from typing import NamedTuple, Optional

REQUIREMENTS = """\
# runtime
requests[socks]==2.25.1 ; python_version >= "3.7"
urllib3>=1.26,<2
Jinja2 == 3.1.2
PyYAML~=5.4
click>=8.0.0
-r dev.txt
cryptography==41.0.0  # pinned for FIPS
attrs
invalid line here!!
rich==13.7.0rc1
"""

INDEX = {
    "requests": ["2.25.1", "2.28.2", "2.31.0"],
    "urllib3": ["1.26.5", "1.26.18", "2.0.7", "2.1.0"],
    "jinja2": ["3.1.2", "3.1.3"],
    "pyyaml": ["5.4", "5.4.1", "6.0.1"],
    "click": ["8.0.0", "8.1.7"],
    "cryptography": ["41.0.0", "41.0.7", "42.0.2"],
    "attrs": ["23.1.0", "23.2.0"],
    "rich": ["13.6.0", "13.7.0rc1", "13.7.0"],
}

ADVISORIES = [
    ("requests", "<2.31.0", "PYSEC-2023-74", "Proxy-Authorization header leak"),
    ("jinja2", "<3.1.3", "GHSA-h5c8-rqwp-cp95", "xmlattr filter allows HTML attribute injection"),
    ("cryptography", ">=41.0.0,<41.0.2", "GHSA-jm77-qphf-c4w8", "SSH certificate handling issue"),
    ("urllib3", "<1.26.18", "GHSA-g4mx-q9vg-27p4", "Cookie header not stripped on cross-origin redirects"),
]

LINE = re.compile(r"""^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[(?P<extras>[^\]]*)\])?\s*
                      (?P<spec>(?:[<>=!~]=?\s*[\w.*+-]+\s*,?\s*)*)\s*(?:;\s*(?P<marker>[^#]+?))?\s*(?:\#.*)?$""", re.X)
VERSION = re.compile(r"^(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?$")


@functools.total_ordering
class Version:
    def __init__(self, text):
        m = VERSION.match(text)
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        self.text = text
        nums = [int(x) for x in m[1].split(".")]
        while len(nums) > 1 and nums[-1] == 0:
            nums.pop()
        pre = (m[2], int(m[3])) if m[2] else ("~", 0)  # '~' sorts after a/b/rc: final release
        self.key = (tuple(nums), pre)

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __hash__(self):
        return hash(self.key)

    def __repr__(self):
        return f"Version({self.text!r})"

    @property
    def is_prerelease(self):
        return self.key[1][0] != "~"


class Clause(NamedTuple):
    op: str
    version: Version

    def allows(self, v: Version) -> bool:
        if self.op == "~=":
            parts = self.version.text.split(".")
            upper = Version(".".join(parts[:-2] + [str(int(parts[-2]) + 1)]))
            return self.version <= v < upper
        return {"==": v == self.version, "!=": v != self.version, ">=": v >= self.version,
                "<=": v <= self.version, ">": v > self.version, "<": v < self.version}[self.op]


def clauses(spec: str):
    return [Clause(m[1], Version(m[2])) for m in re.finditer(r"([<>=!~]=?)\s*([\w.]+)", spec)]


@dataclass
class Requirement:
    name: str
    extras: list
    spec: str
    marker: Optional[str]
    line: int

    @property
    def key(self):
        return re.sub(r"[-_.]+", "-", self.name).lower()

    def pinned(self):
        c = clauses(self.spec)
        return c[0].version if len(c) == 1 and c[0].op == "==" else None


def parse(text):
    reqs, problems = [], []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-"):
            problems.append(f"line {n}: option {line.split()[0]} ignored")
            continue
        m = LINE.match(line)
        if not m:
            problems.append(f"line {n}: cannot parse {line!r}")
            continue
        extras = [e.strip() for e in (m["extras"] or "").split(",") if e.strip()]
        reqs.append(Requirement(m["name"], extras, re.sub(r"\s+", "", m["spec"]), m["marker"], n))
    return reqs, problems


def audit(reqs):
    report = OrderedDict()
    for r in sorted(reqs, key=lambda r: r.key):
        available = sorted(map(Version, INDEX.get(r.key, [])))
        allowed = [v for v in available if all(c.allows(v) for c in clauses(r.spec))]
        stable = [v for v in allowed if not v.is_prerelease]
        resolved = r.pinned() or (stable or allowed or [None])[-1]
        latest = max((v for v in available if not v.is_prerelease), default=None)
        hits = [(aid, why) for name, rng, aid, why in ADVISORIES
                if name == r.key and resolved and all(c.allows(resolved) for c in clauses(rng))]
        report[r.key] = {"spec": r.spec or "*", "resolved": resolved.text if resolved else None,
                         "latest": latest.text if latest else None,
                         "outdated": bool(resolved and latest and resolved < latest),
                         "advisories": hits, "extras": r.extras, "marker": r.marker}
    return report


def main():
    reqs, problems = parse(REQUIREMENTS)
    print(f"{len(reqs)} requirements; problems:")
    for p in problems:
        print("  -", p)
    print(asdict(reqs[0]))
    report = audit(reqs)
    width = max(map(len, report))
    for name, info in report.items():
        flag = "VULN" if info["advisories"] else "old " if info["outdated"] else "ok  "
        print(f"{flag} {name:<{width}} {info['spec']:<14} -> {str(info['resolved']):<10} (latest {info['latest']})")
        for aid, why in info["advisories"]:
            print(f"       {aid}: {why}")
    vulns = sum(len(i["advisories"]) for i in report.values())
    print(json.dumps({k: v["resolved"] for k, v in report.items()}, separators=(",", ":")))
    summary = (f"{vulns} known vulnerabilities in {sum(1 for i in report.values() if i['advisories'])} packages; "
               f"{sum(i['outdated'] for i in report.values())} of {len(report)} packages are behind their latest "
               f"release. Upgrade {', '.join(k for k, i in report.items() if i['advisories'])} first; "
               "pre-releases are only chosen when pinned.")
    print(textwrap.fill(summary, width=60, initial_indent="summary: ", subsequent_indent=" " * 9))
    print(sorted(map(Version, ["1.0", "1.0.0", "1.0rc1", "0.9.9", "1.0b2", "1.0.1"])))
    print(Version("1.0") == Version("1.0.0"), len({Version("2"), Version("2.0"), Version("2.0.1")}))
    try:
        Version("one")
    except ValueError as e:
        print("error:", e)
    return 1 if vulns else 0


if __name__ == "__main__":
    raise SystemExit(main())
