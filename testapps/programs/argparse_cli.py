# A command-line tool with sixty options and a few subcommands, its parser built and a batch of
# command lines parsed again and again, as a test suite or a long-running launcher does.
import argparse
import contextlib
import io
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
ROUNDS = 10 * SIZE


def build_parser():
    parser = argparse.ArgumentParser(prog="tool", description="A tool with many options.")
    parser.add_argument("--input", "-i", dest="inputs", action="append", default=[], help="input file")
    for i in range(20):
        parser.add_argument("--flag-%d" % i, action="store_true", help="flag number %d" % i)
    for i in range(15):
        parser.add_argument("--count-%d" % i, type=int, default=i, metavar="N", help="count %d" % i)
    for i in range(10):
        parser.add_argument("--name-%d" % i, "-%s" % chr(ord("A") + i), default="n%d" % i,
                            choices=["n%d" % i, "alpha", "beta", "gamma"])
    for i in range(10):
        parser.add_argument("--item-%d" % i, action="append", default=None)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--quiet", action="store_true")
    group.add_argument("--verbose", "-v", action="count", default=0)
    parser.add_argument("--ratio", type=float, default=0.5)
    parser.add_argument("--mode", choices=("fast", "slow", "auto"), default="auto")
    parser.add_argument("--pair", nargs=2, type=int, metavar=("X", "Y"))
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run it")
    run.add_argument("--times", type=int, default=1)
    run.add_argument("target")
    show = sub.add_parser("show", help="show it")
    show.add_argument("--format", choices=["text", "json"], default="text")
    return parser


COMMAND_LINES = [
    ["-i", "a.txt", "--input=b.txt", "--flag-3", "--count-4", "12", "-v", "-v"],
    ["--name-2", "alpha", "--item-1", "x", "--item-1", "y", "--ratio", "2.5", "--mode", "fast"],
    ["--pair", "3", "4", "--flag-0", "--flag-19", "-C", "beta", "run", "--times", "3", "target.py"],
    ["--count-14=7", "--quiet", "show", "--format", "json"],
    ["-ix", "--flag-7", "--count-1", "-5", "run", "--", "--not-an-option"],
]


def summarize(ns):
    d = vars(ns)
    flags = sum(1 for k, v in d.items() if k.startswith("flag_") and v)
    counts = sum(v for k, v in d.items() if k.startswith("count_"))
    items = sorted((k, tuple(v)) for k, v in d.items() if k.startswith("item_") and v)
    return (flags, counts, items, d["verbose"], d["mode"], d["command"], d.get("target"), d["inputs"])


def main():
    results = []
    errors = 0
    for r in range(ROUNDS):
        parser = build_parser()
        for line in COMMAND_LINES:
            results.append(summarize(parser.parse_args(line)))
        captured = io.StringIO()
        try:
            with contextlib.redirect_stderr(captured):
                parser.parse_args(["--count-1", "notanumber"])
        except SystemExit:
            errors += 1
        known, rest = parser.parse_known_args(["--flag-1", "--unknown", "show", "z"])
        results.append((known.flag_1, tuple(rest)))
        if r == 0:
            usage = parser.format_usage()
            print(len(usage), usage.count("\n"))
            print(len(parser.format_help()))
            print(captured.getvalue().splitlines()[-1])
    for line in results[:6]:
        print(line)
    print(len(results), errors)


main()
