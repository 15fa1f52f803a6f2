# optparse help and usage text: wrapping, %default, %prog, groups, metavars, titled formatter, epilog.
import contextlib
import io
import os
import sys
from optparse import OptionParser, OptionGroup, IndentedHelpFormatter, TitledHelpFormatter, SUPPRESS_HELP, SUPPRESS_USAGE

os.environ.pop("COLUMNS", None)

p = OptionParser(usage="%prog [options] FILE...", prog="packer", version="%prog 2.1",
                 description="Packs files into an archive. This description is long enough that it has to be "
                             "wrapped over more than one line by the help formatter.",
                 epilog="Report bugs to the tracker; this epilog is also long enough to need wrapping at the width.")
p.add_option("-o", "--output", metavar="PATH", help="write the archive to PATH [default: %default]", default="out.tar")
p.add_option("-l", "--level", type="int", default=6, help="compression level (default %default)")
p.add_option("--exclude", action="append", help="a pattern of files to leave out; may be given more than once, "
                                                "and each pattern is matched against the whole relative path")
p.add_option("-v", "--verbose", action="count", help="say more")
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("--no-help-text")
p.add_option("--a-really-long-option-name-that-overflows", dest="long", help="short help")
p.add_option("-x", type="choice", choices=["a", "b"], help="choose")
p.add_option("--pair", nargs=2, type="int", metavar="N", help="two numbers")
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk. It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
g.add_option("--force", action="store_true", help="overwrite without asking")
p.add_option_group(g)
g2 = p.add_option_group("Empty group")
g3 = p.add_option_group("Debug")
g3.add_option("--trace", help="trace everything")

p.print_help()
print("----")
p.print_usage()
p.print_version()
print(repr(p.get_usage()), repr(p.get_version()), p.get_prog_name())
print("----")
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.error("something went wrong")
except SystemExit as e:
    print("exit", e.code, repr(err.getvalue()))
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        p.parse_args(["--help"])
except SystemExit as e:
    print("help exit", e.code, out.getvalue() == p.format_help())
try:
    with contextlib.redirect_stdout(out):
        p.parse_args(["--version"])
except SystemExit as e:
    print("version exit", e.code)

for usage in [None, "usage: %prog thing", "Usage: other", SUPPRESS_USAGE]:
    q = OptionParser(usage=usage, prog="q", add_help_option=False)
    q.add_option("-a", help="alpha")
    print(repr(q.usage), repr(q.format_help()))

t = OptionParser(prog="titled", formatter=TitledHelpFormatter(), description="Titled help.")
t.add_option("-a", "--alpha", metavar="A", help="alpha option")
tg = OptionGroup(t, "More")
tg.add_option("-b", action="store_true", help="beta")
t.add_option_group(tg)
print(t.format_help())

narrow = OptionParser(prog="narrow", formatter=IndentedHelpFormatter(width=40, max_help_position=30, indent_increment=4))
narrow.add_option("-s", "--size", type="int", help="the size of the thing that is being made, in bytes")
narrow.formatter.set_short_opt_delimiter("")
narrow.formatter.set_long_opt_delimiter(" ")
print(narrow.format_help())
for bad in (lambda: narrow.formatter.set_short_opt_delimiter("="), lambda: narrow.formatter.set_long_opt_delimiter(":")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
longfirst = IndentedHelpFormatter(short_first=0)
lf = OptionParser(prog="lf", formatter=longfirst, add_help_option=False)
lf.add_option("-f", "--file", help="file")
print(lf.format_help(), end="")
os.environ["COLUMNS"] = "50"
wide = OptionParser(prog="cols")
wide.add_option("--thing", help="a help text long enough to be wrapped at the column width from COLUMNS")
print(wide.format_help(), end="")
