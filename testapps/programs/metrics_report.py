# A release metrics report: parses a build log with re and str methods, aggregates with
# statistics, heapq, bisect and Fraction, and renders aligned tables, wrapped paragraphs and a
# histogram with format specs, str.format_map, textwrap and pprint.
import bisect
import heapq
import pprint
import re
import statistics
import textwrap
from collections import ChainMap, deque
from fractions import Fraction
from itertools import accumulate, chain, pairwise, starmap, zip_longest
from string import Formatter

LOG = """\
2024-05-01T10:00:01 build core ok 12.5s 182311
2024-05-01T10:00:14 build cli ok 3.25s 40210
2024-05-01T10:00:18 test core FAIL 41.0s 0
2024-05-01T10:01:00 build docs ok 95.75s 1204998
2024-05-01T10:02:36 test cli ok 8.5s 0
2024-05-01T10:02:45 build web WARN 30.125s 530440
garbage line here
2024-05-01T10:03:16 test web ok 22.0s 0
2024-05-01T10:03:39 build sdk ok 1.5s 9870
"""
LINE = re.compile(r"(?P<ts>\S+) (?P<step>build|test) (?P<name>\w+) (?P<status>ok|FAIL|WARN) (?P<secs>[\d.]+)s (?P<size>\d+)")
BUCKETS = [1, 5, 10, 30, 60]


def parse(text):
    rows, bad = [], []
    for number, line in enumerate(text.splitlines(), 1):
        m = LINE.fullmatch(line)
        if not m:
            bad.append(number)
            continue
        row = m.groupdict()
        row["secs"] = Fraction(row["secs"])
        row["size"] = int(row["size"])
        rows.append(row)
    return rows, bad


def table(rows, columns):
    widths = {c: max(len(c), *(len(f"{r[c]}") for r in rows)) for c in columns}
    head = " | ".join(f"{c:^{widths[c]}}" for c in columns)
    lines = [head, "-+-".join("-" * widths[c] for c in columns)]
    for r in rows:
        cells = []
        for c in columns:
            v = r[c]
            cells.append(f"{str(v):>{widths[c]}}" if isinstance(v, (int, Fraction)) else f"{v:<{widths[c]}}")
        lines.append(" | ".join(cells))
    return "\n".join(lines)


class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


def main():
    rows, bad = parse(LOG)
    print(f"{len(rows)} steps, unparsed lines: {bad}")
    print(table(rows, ["step", "name", "status", "secs", "size"]))

    secs = [r["secs"] for r in rows]
    total = sum(secs, Fraction(0))
    print("total:", total, float(total), "mean:", round(total / len(secs), 2), round(float(total / len(secs)), 2))
    floats = [float(s) for s in secs]
    print("median {:.3f} stdev {:.3f} pstdev {:.4f}".format(statistics.median(floats), statistics.stdev(floats), statistics.pstdev(floats)))
    print("quantiles:", [round(q, 2) for q in statistics.quantiles(floats, n=4)], statistics.mode([r["status"] for r in rows]))
    print("slowest:", [(r["name"], str(r["secs"])) for r in heapq.nlargest(3, rows, key=lambda r: r["secs"])])
    print("smallest builds:", heapq.nsmallest(2, (r["size"] for r in rows if r["step"] == "build")))

    hist = [0] * (len(BUCKETS) + 1)
    for f in floats:
        hist[bisect.bisect_left(BUCKETS, f)] += 1
    labels = [f"<={b}s" for b in BUCKETS] + [f">{BUCKETS[-1]}s"]
    for label, count in zip(labels, hist):
        print(f"  {label:>6} {'#' * count:<8}|{count:3d}")
    print("running:", list(accumulate(int(s) for s in secs)), "gaps:", [b - a for a, b in pairwise(sorted(int(s) for s in secs))])

    sizes = [r["size"] for r in rows if r["size"]]
    share = [Fraction(s, sum(sizes)) for s in sizes]
    print("shares:", [f"{float(x):.1%}" for x in share], sum(share) == 1, max(share).limit_denominator(100))
    print("sizes:", ", ".join(f"{s:,}" for s in sizes), "|", ", ".join(f"{s / 1024:08.2f}" for s in sizes[:2]))
    print("areas:", list(starmap(lambda a, b: a * b, zip(sizes[:3], [1, 2, 3]))))

    window = deque(maxlen=3)
    for r in rows:
        window.append(r["name"])
    print("last three:", list(window), window.maxlen)

    defaults = {"owner": "release-bot", "channel": "#releases"}
    overrides = {"channel": "#builds"}
    ctx = ChainMap(overrides, defaults, {"failed": sum(r["status"] == "FAIL" for r in rows)})
    print("{owner} posts to {channel}: {failed} failed".format_map(ctx), len(ctx), sorted(ctx))
    print(Defaulting().format("{owner} / {missing} / {0:>4}", 7, owner="ops"))
    print(list(Formatter().parse("a{b!r:>3}c{{d}}")))

    summary = ("The build of web finished with warnings; tests for core failed after forty-one "
               "seconds, which blocks the release until the flaky fixture is replaced. ") * 2
    print(textwrap.fill(summary, width=56, initial_indent="  * ", subsequent_indent="    "))
    print(textwrap.shorten(summary, width=60, placeholder=" [...]"))
    print(textwrap.indent(textwrap.dedent("""\
        status:
          core: FAIL
          web:  WARN
        """), "> ", lambda line: "core" not in line), end="")

    nested = {"release": "1.4.0", "steps": {r["name"]: [r["step"], r["status"]] for r in rows[:4]},
              "sizes": sizes, "notes": ["x" * 30, "y" * 30]}
    pprint.pprint(nested, width=60, sort_dicts=False)
    print(pprint.pformat(list(zip_longest("abc", range(2), fillvalue="-")), width=30))
    print(list(chain.from_iterable([r["name"][:2]] for r in rows[:3])), f"{'x'!r:>5}{3.5!s:<4}|{-0.0:+}|{1e-7:g}|{123456789:e}")


if __name__ == "__main__":
    main()
