import argparse
import sys

sys.stderr = sys.stdout  # errors and usage in one stream, in order


def parse(parser, argv):
    try:
        ns = parser.parse_args(argv)
        print(sorted(vars(ns).items()))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="tool", description="A tool that does things.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="store_true", help="talk more")
p.add_argument("-n", "--count", type=int, default=1, help="how many times")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", dest="tags", metavar="TAG")
p.add_argument("-q", action="count", default=0)
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("--version", action="version", version="%(prog)s 1.0")

parse(p, ["in.txt"])
parse(p, ["in.txt", "x.txt", "-v", "-n", "3", "--mode", "slow"])
parse(p, ["--tag", "a", "--tag=b", "-qqq", "in", "--const", "--no-color"])
parse(p, ["-n5", "--count=7", "f"])
parse(p, ["--verb", "f"])
parse(p, [])
parse(p, ["f", "-n", "x"])
parse(p, ["f", "--mode", "medium"])
parse(p, ["f", "--bogus"])
parse(p, ["f", "g", "h"])
parse(p, ["f", "-n"])
parse(p, ["--version"])
parse(p, ["-h"])
ns, rest = p.parse_known_args(["f", "--extra", "1", "-v"])
print(ns.src, ns.verbose, rest)
print(p.format_usage(), end="")
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns)
