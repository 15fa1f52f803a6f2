# The formatter classes side by side on the same parser, a mix of two of them, a subclass that
# changes a hook, and %-substitutions in help texts.
import argparse
import os
import sys

os.environ["COLUMNS"] = "72"
sys.stderr = sys.stdout

DESCRIPTION = """Indented   description:
    - first point
    - second point, with  extra   spaces
"""


def build(formatter):
    p = argparse.ArgumentParser(prog="fmt", formatter_class=formatter, description=DESCRIPTION,
                                epilog="Epilog line one.\n  Epilog line two.")
    p.add_argument("count", type=int, help="how many\nitems to make")
    p.add_argument("names", nargs="*", default=["x"], type=str, help="item names")
    p.add_argument("--ratio", type=float, default=0.5, help="a ratio")
    p.add_argument("--mode", choices=["a", "b"], default="a", type=str, help="mode, one of %(choices)s")
    p.add_argument("--label", default="none", type=str, help="label (default is %(default)r)")
    p.add_argument("--size", type=int, nargs=2)
    p.add_argument("--flag", action="store_true", help="a flag")
    p.add_argument("--quiet", action="store_false", dest="loud", help="be quiet")
    p.add_argument("--nothing", default=argparse.SUPPRESS, type=str, help="no default shown")
    p.add_argument("--no-help", type=str)
    return p


for formatter in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
                  argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
                  argparse.MetavarTypeHelpFormatter):
    print("=" * 10, formatter.__name__)
    build(formatter).print_help()


class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawTextHelpFormatter):
    pass


print("=" * 10, "Both")
build(Both).print_help()


class Upper(argparse.HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return "<" + action.dest + ">"

    def _split_lines(self, text, width):
        return [line.upper() for line in super()._split_lines(text, width)]


print("=" * 10, "Upper")
build(Upper).print_help()

print("=" * 10, "substitutions")
p = argparse.ArgumentParser(prog="subst")
p.add_argument("--n", type=int, default=4, metavar="NUM",
               help="prog=%(prog)s dest=%(dest)s type=%(type)s default=%(default)s "
                    "metavar=%(metavar)s required=%(required)s 100%%")
p.add_argument("--pick", choices=range(1, 4), help="one of %(choices)s")
p.add_argument("--opt", nargs="?", const="c", help="const=%(const)s nargs=%(nargs)s")
p.print_help()
try:
    bad = argparse.ArgumentParser(prog="bad")
    bad.add_argument("--x", help="%(missing)s")
    bad.format_help()
except KeyError as e:
    print("KeyError", e)
