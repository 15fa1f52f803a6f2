import argparse
import os
import sys

sys.stderr = sys.stdout
os.environ["COLUMNS"] = "60"


def run(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="convert", description="Convert files between formats. "
                            "This description is long enough that it has to be wrapped "
                            "onto several lines by the help formatter.")
mode = p.add_mutually_exclusive_group()
mode.add_argument("-q", "--quiet", action="store_true", help="say nothing")
mode.add_argument("-v", "--verbose", action="store_true", help="say everything, including details nobody asked for")
out = p.add_argument_group("output", "Where and how results are written.")
out.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
out.add_argument("--format", choices=["json", "yaml", "toml"], default="json", help="output format (default: %(default)s)")
p.add_argument("inputs", nargs="+", metavar="INPUT", help="files to read")
p.add_argument("--size", nargs=2, type=int, metavar=("W", "H"))
p.add_argument("--tags", nargs="*", default=[])
p.add_argument("--level", type=int, choices=range(1, 4), help="level %(choices)s, type %(type)s")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--extend", action="extend", nargs="+", type=str)
p.add_argument("--const", action="append_const", const="C", dest="consts")

p.print_help()
print(p.format_usage(), end="")
run(p, ["a", "b", "-q"])
run(p, ["a", "-q", "-v"])
run(p, ["a", "--size", "3", "4", "--tags", "x", "y", "--format", "yaml"])
run(p, ["a", "--size", "3"])
run(p, ["--format", "xml", "a"])
run(p, ["a", "--level", "7"])
run(p, ["a", "--extend", "x", "y", "--extend", "z", "--const", "--const"])
run(p, ["a", "--secret", "s", "--", "-not-an-option"])
run(p, ["a", "--out", "o.txt", "--verb"])
run(p, ["a", "--s", "1"])

req = argparse.ArgumentParser(prog="req")
g = req.add_mutually_exclusive_group(required=True)
g.add_argument("--on", action="store_true")
g.add_argument("--off", action="store_true")
run(req, [])
run(req, ["--on"])
print(req.format_usage(), end="")

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="Keep\n  this   layout\nas is.")
raw.add_argument("--n", type=int, default=3, help="a number")
raw.print_help()

dflt = argparse.ArgumentParser(prog="dflt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument("--n", type=int, default=3, help="a number")
dflt.add_argument("pos", nargs="?", default="here", help="a position")
dflt.print_help()

for bad in [lambda: p.add_argument("--quiet"), lambda: p.add_argument("x", required=True),
            lambda: p.add_argument("--bad", action="store_true", nargs=1),
            lambda: p.add_argument("--n", nargs=0), lambda: argparse.ArgumentParser().add_argument("-x", action="nope")]:
    try:
        bad()
    except (argparse.ArgumentError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

errors = argparse.ArgumentParser(prog="errs", exit_on_error=False)
errors.add_argument("--n", type=int)
try:
    errors.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e, e.argument_name)
