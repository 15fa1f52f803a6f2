# A release-notes generator: argparse subcommands, csv over StringIO, string.Template, textwrap,
# datetime with fixed dates, collections, itertools, functools and heapq.
import argparse
import csv
import functools
import heapq
import io
import itertools
import string
import sys
import textwrap
from collections import Counter, OrderedDict, defaultdict
from datetime import date, datetime, timedelta

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

KINDS = ["feat", "fix", "docs", "perf", "refactor", "test"]
AUTHORS = ["ada", "grace", "linus", "guido", "barbara", "ken", "dennis"]
WORDS = ("parser cache loader config network retry timeout index render "
         "schema plugin command output memory thread buffer").split()


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __str__(self):
        return ".".join(map(str, self.parts))


def make_log(n):
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["sha", "date", "author", "kind", "summary", "version"])
    start = datetime(2024, 1, 1, 9, 30)
    for i in range(n):
        when = start + timedelta(hours=7 * i, minutes=i % 60)
        words = " ".join(WORDS[(i * k) % len(WORDS)] for k in range(1, 4 + i % 5))
        summary = "%s, \"%s\"" % (words, WORDS[i % len(WORDS)]) if i % 9 == 0 else words
        w.writerow(["%07x" % (i * 2654435761 % (1 << 28)), when.isoformat(), AUTHORS[i % 7],
                    KINDS[(i * 5) % 6], summary, "1.%d.%d" % (i // 200, (i // 40) % 5)])
    return out.getvalue()


@functools.lru_cache(maxsize=None)
def kind_title(kind):
    return {"feat": "Features", "fix": "Bug fixes", "perf": "Performance"}.get(kind, kind.capitalize())


def parse(text):
    rows = list(csv.DictReader(io.StringIO(text)))
    for r in rows:
        r["when"] = datetime.fromisoformat(r["date"])
        r["ver"] = Version(r["version"])
    return rows


SECTION = string.Template("## $title ($count)\n$body\n")
HEADER = string.Template("# Release $version - $$ notes for ${day}\n")


def render(rows, width):
    out = []
    by_version = defaultdict(list)
    for r in rows:
        by_version[r["ver"]].append(r)
    for ver in sorted(by_version, reverse=True)[:3]:
        entries = by_version[ver]
        last = max(e["when"] for e in entries)
        out.append(HEADER.substitute(version=ver, day=last.strftime("%A %d %B %Y")))
        entries.sort(key=lambda e: e["kind"])
        for kind, group in itertools.groupby(entries, key=lambda e: e["kind"]):
            group = list(group)
            lines = [textwrap.fill("- %s (%s, %s)" % (e["summary"], e["author"], e["when"].strftime("%b %d %H:%M")),
                                   width=width, subsequent_indent="  ") for e in group]
            out.append(SECTION.substitute(title=kind_title(kind), count=len(group), body="\n".join(lines)))
    return "\n".join(out)


def cmd_stats(rows, args):
    authors = Counter(r["author"] for r in rows)
    kinds = OrderedDict(sorted(Counter(r["kind"] for r in rows).items()))
    words = Counter(itertools.chain.from_iterable(r["summary"].replace(",", "").split() for r in rows))
    top = heapq.nlargest(3, authors.items(), key=lambda kv: (kv[1], kv[0]))
    span = rows[-1]["when"] - rows[0]["when"]
    weekdays = Counter(r["when"].strftime("%a") for r in rows)
    total = functools.reduce(lambda acc, r: acc + len(r["summary"]), rows, 0)
    print("authors", authors.most_common(3))
    print("kinds", kinds)
    print("top", top, "words", words.most_common(4))
    print("span", span, span.days, "weekdays", sorted(weekdays.items()))
    print("chars", total, "first", [r["sha"] for r in itertools.islice(rows, 0, 30, 10)])


def cmd_notes(rows, args):
    text = render(rows, args.width)
    print(text[:1500])
    print("length", len(text))


def cmd_table(rows, args):
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    key = functools.partial(sorted, key=lambda r: (r["ver"], r["sha"]))
    for r in key(rows)[: args.limit]:
        w.writerow([r["sha"], r["ver"], r["author"], r["summary"]])
    print(out.getvalue(), end="")


def build_parser():
    p = argparse.ArgumentParser(prog="relnotes", description="Make release notes from a commit log.")
    p.add_argument("--commits", type=int, default=600, help="how many commits to generate")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("stats", help="print statistics")
    s.set_defaults(func=cmd_stats)
    n = sub.add_parser("notes", help="render the notes")
    n.add_argument("--width", type=int, default=60)
    n.set_defaults(func=cmd_notes)
    t = sub.add_parser("table", help="a csv table")
    t.add_argument("--limit", type=int, default=5)
    t.add_argument("--format", choices=["csv", "tsv"], default="csv")
    t.set_defaults(func=cmd_table)
    return p


def main():
    parser = build_parser()
    log = make_log(1500 * SCALE)
    rows = parse(log)
    for _ in range(2 * SCALE):
        rows = parse(log)
    print("rows", len(rows), "log bytes", len(log))
    for argv in (["stats"], ["notes", "--width", "50"], ["-vv", "table", "--limit", "4"]):
        args = parser.parse_args(argv)
        print(">>>", argv, args.command, args.verbose)
        args.func(rows, args)
    print(kind_title.cache_info())
    for bad in (["table", "--format", "xml"], ["nosuch"], []):
        err = io.StringIO()
        old = sys.stderr
        sys.stderr = err
        try:
            parser.parse_args(bad)
        except SystemExit as e:
            print("SystemExit", e.code)
        finally:
            sys.stderr = old
        print(err.getvalue().strip().splitlines()[-1])
    help_text = parser.format_help()
    print(textwrap.indent(help_text.replace("options:", "optional arguments:").strip(), "| "))
    print(textwrap.dedent("""\
        Done:
          all good
    """), end="")
    print(date(2024, 2, 29) + timedelta(days=365), date(2024, 3, 1).isocalendar()[:2],
          datetime(2024, 1, 2, 3, 4, 5).strftime("%Y-%m-%d %H:%M:%S %j %p"))


main()
