# Argument groups and mutually exclusive groups: how they show in usage and help, and the
# errors when members are combined or a required group is left out. Also parents= and
# conflict_handler='resolve'.
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"  # help layout must not depend on the terminal

sys.stderr = sys.stdout


def run(parser, argv):
    try:
        print(argv, "->", parser.parse_args(argv))
    except SystemExit as e:
        print(argv, "-> exit", e.code)


p = argparse.ArgumentParser(prog="fmt")
style = p.add_mutually_exclusive_group()
style.add_argument("--json", action="store_true", help="JSON output")
style.add_argument("--yaml", action="store_true", help="YAML output")
style.add_argument("--xml", action="store_true", help=argparse.SUPPRESS)
size = p.add_mutually_exclusive_group(required=True)
size.add_argument("-s", "--small", action="store_const", const="S", dest="size")
size.add_argument("-l", "--large", action="store_const", const="L", dest="size")
size.add_argument("--size", dest="size", metavar="N")
io = p.add_argument_group("input/output", "Where data comes from and goes to.")
io.add_argument("-i", "--input", default="-", help="input file")
direction = io.add_mutually_exclusive_group()
direction.add_argument("--up", action="store_true")
direction.add_argument("--down", action="store_true")
p.add_argument("target", nargs="?", default="all")
p.print_help()
run(p, ["-s"])
run(p, ["--json", "--yaml", "-s"])
run(p, ["--xml", "--json", "-l"])
run(p, ["-s", "-l"])
run(p, ["--size", "9", "--small"])
run(p, ["--json"])
run(p, ["--up", "--down", "-s"])
run(p, ["-l", "--input", "data.txt", "--down", "build"])

one = argparse.ArgumentParser(prog="one")
lonely = one.add_mutually_exclusive_group(required=True)
lonely.add_argument("--only", action="store_true")
lonely.add_argument("--ghost", action="store_true", help=argparse.SUPPRESS)
print(one.format_usage(), end="")
run(one, [])

pos = argparse.ArgumentParser(prog="pos")
either = pos.add_mutually_exclusive_group()
either.add_argument("--name")
either.add_argument("path", nargs="?")
print(pos.format_usage(), end="")
run(pos, ["--name", "x", "p"])
run(pos, ["p"])

try:
    argparse.ArgumentParser().add_mutually_exclusive_group().add_argument("req")
except ValueError as e:
    print("ValueError", e)

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--config", default="app.toml", help="configuration file")
logging_opts = common.add_argument_group("logging")
logging_opts.add_argument("--log-level", choices=["debug", "info", "error"], default="info")
quiet = common.add_mutually_exclusive_group()
quiet.add_argument("--quiet", action="store_true")
quiet.add_argument("--loud", action="store_true")
common.set_defaults(origin="common")
child = argparse.ArgumentParser(prog="child", parents=[common], description="Uses common options.")
child.add_argument("job")
child.print_help()
run(child, ["build", "--log-level", "debug"])
run(child, ["build", "--quiet", "--loud"])
try:
    argparse.ArgumentParser(parents=[argparse.ArgumentParser(prog="with-help")])
except argparse.ArgumentError as e:
    print("ArgumentError", e)

r = argparse.ArgumentParser(prog="resolve", conflict_handler="resolve")
r.add_argument("-v", "--verbose", action="store_true", help="old verbose")
r.add_argument("-v", "--version", action="version", version="1.0", help="new -v")
r.add_argument("--verbose", action="count", help="newest verbose")
r.print_help()
run(r, ["--verbose", "--verbose"])
try:
    argparse.ArgumentParser(conflict_handler="ignore")
except ValueError as e:
    print("ValueError", e)
plain = argparse.ArgumentParser(prog="plain")
plain.add_argument("-x", "--ex")
try:
    plain.add_argument("-y", "--ex", "-x")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
