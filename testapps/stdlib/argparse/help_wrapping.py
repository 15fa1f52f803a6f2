# Help and usage layout at several terminal widths: long option lists, long metavars, long
# program names, help texts that wrap, subcommand listings, and explicit widths.
import argparse
import os
import sys

sys.stderr = sys.stdout


def build(prog):
    p = argparse.ArgumentParser(
        prog=prog,
        description="Synchronise two directory trees. The description is long on purpose so "
                    "that the formatter has to wrap it at the terminal width.",
        epilog="Report bugs to the %(prog)s issue tracker.")
    p.add_argument("source", help="where files come from")
    p.add_argument("destinations", nargs="+", metavar="DEST", help="one or more targets")
    p.add_argument("-n", "--dry-run", action="store_true", help="show what would be done")
    p.add_argument("-e", "--exclude", action="append", default=[], metavar="PATTERN",
                   help="skip files that match PATTERN; may be given several times")
    p.add_argument("--bandwidth-limit-in-kilobytes-per-second", type=int, metavar="KBPS",
                   help="throttle transfers")
    p.add_argument("--checksum", choices=["md5", "sha1", "sha256", "blake2b"], default="sha256",
                   help="digest used to compare files (default: %(default)s)")
    p.add_argument("--size-range", nargs=2, type=int, metavar=("MIN", "MAX"))
    p.add_argument("--tags", nargs="*", help="labels")
    p.add_argument("--level", nargs="?", const=3, type=int, help="compression level")
    p.add_argument("--delete", action=argparse.BooleanOptionalAction, default=False,
                   help="remove files missing from the source")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p


for columns in ("40", "60", "80", "120"):
    os.environ["COLUMNS"] = columns
    print("=" * 10, "COLUMNS", columns)
    build("rsync-lite").print_help()
    print(build("a-very-long-program-name-for-the-usage-line").format_usage(), end="")

os.environ["COLUMNS"] = "70"
print("=" * 10, "subcommands")
tool = argparse.ArgumentParser(prog="pkg")
sub = tool.add_subparsers(title="commands", dest="command", metavar="COMMAND",
                          help="what to do")
sub.add_parser("install", aliases=["i", "add"], help="install packages from the index")
sub.add_parser("uninstall", aliases=["remove"], help="remove installed packages and "
               "everything that depended on them, after asking")
sub.add_parser("list", help="show installed packages")
sub.add_parser("secret")
tool.print_help()
install = sub.choices["install"]
install.add_argument("names", nargs="+")
install.add_argument("--index-url", metavar="URL")
install.print_help()
print(sub.choices["i"] is install, sorted(sub.choices))

print("=" * 10, "explicit widths")
for width, position in ((50, 10), (90, 40)):
    def narrow(prog, width=width, position=position):
        return argparse.HelpFormatter(prog, width=width, max_help_position=position)
    p = argparse.ArgumentParser(prog="w", formatter_class=narrow)
    p.add_argument("--alpha", help="first letter of the greek alphabet, used a lot")
    p.add_argument("--be", help="short")
    p.add_argument("-o", "--output-file-name", help="where the result goes")
    p.print_help()

print("=" * 10, "no arguments, custom usage")
os.environ["COLUMNS"] = "80"
bare = argparse.ArgumentParser(prog="bare", add_help=False)
print(repr(bare.format_usage()), repr(bare.format_help()))
custom = argparse.ArgumentParser(prog="custom", usage="%(prog)s [options] FILE...",
                                 description="Described.")
custom.add_argument("files", nargs="*")
custom.print_help()
hidden = argparse.ArgumentParser(prog="hidden", usage=argparse.SUPPRESS,
                                 description=argparse.SUPPRESS)
hidden.add_argument("--x", help=argparse.SUPPRESS)
hidden.add_argument("--y", help="")
print(repr(hidden.format_help()))
