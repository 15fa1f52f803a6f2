# A packaging CLI: argparse subcommands, groups, help text in several formatters, usage errors
# caught in-process, and a final usage error that exits with status 2 like a user typo would.
import argparse
import contextlib
import io
import sys
import textwrap

COLUMNS_NOTE = "help is wrapped to COLUMNS"


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be positive")
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        prog="pkgtool",
        description=textwrap.dedent("""\
            Build, check and publish packages.

              pkgtool build --jobs 4 src/
              pkgtool publish --dry-run dist/*.whl
            """),
        epilog="Report bugs to the issue tracker.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version="%(prog)s 2.4.1")
    parser.add_argument("-C", "--directory", metavar="DIR", default=".", help="run as if started in DIR")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    verbosity.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND", required=True)

    build = sub.add_parser("build", help="build wheels and sdists",
                           formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    build.add_argument("source", nargs="?", default="src", help="source tree")
    build.add_argument("-j", "--jobs", type=positive_int, default=1, help="parallel jobs")
    build.add_argument("--format", choices=["wheel", "sdist", "both"], default="both", help="what to build")
    build.add_argument("--no-isolation", dest="isolated", action="store_false", help="use the current environment")
    build.add_argument("--config-setting", "-S", action="append", metavar="KEY=VALUE", default=[],
                       help="pass a setting to the backend")

    publish = sub.add_parser("publish", aliases=["upload"], help="upload to an index")
    publish.add_argument("files", nargs="+", metavar="FILE")
    target = publish.add_mutually_exclusive_group(required=True)
    target.add_argument("--repository", "-r", help="named repository")
    target.add_argument("--repository-url", help="explicit URL")
    publish.add_argument("--dry-run", action="store_true")
    creds = publish.add_argument_group("credentials", "how to authenticate")
    creds.add_argument("--username", "-u")
    creds.add_argument("--password", "-p", help=argparse.SUPPRESS)

    check = sub.add_parser("check", help="validate metadata")
    check.add_argument("--strict", action="store_const", const=2, default=1, dest="level")
    check.add_argument("--ratio", type=float, default=0.25)
    check.add_argument("paths", nargs="*")
    check.set_defaults(handler="run_check")
    return parser


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser.parse_args(argv)
        except SystemExit as e:
            code = e.code
            ns = None
    print(f"$ pkgtool {' '.join(argv)}")
    if ns is not None:
        print("  ", sorted(vars(ns).items()))
    for label, stream in (("out", out), ("err", err)):
        text = stream.getvalue()
        if text:
            print(textwrap.indent(text.rstrip("\n"), f"  {label}| "))
    if code:
        print("   exit", code)


def main():
    parser = build_parser()
    cases = [
        ["build"],
        ["-vv", "build", "-j", "4", "--format", "wheel", "-S", "a=1", "-S", "b=2", "lib"],
        ["-q", "build", "--no-isolation"],
        ["publish", "-r", "testpypi", "dist/a.whl", "dist/b.tar.gz", "--dry-run"],
        ["upload", "--repository-url", "https://example.invalid/simple", "x.whl", "-u", "me"],
        ["check", "--strict", "one", "two"],
        ["check", "--ratio", "1e-3"],
        ["--version"],
        ["--help"],
        ["build", "--help"],
        ["publish", "--help"],
        [],
        ["-q", "-v", "build"],
        ["build", "-j", "0"],
        ["build", "-j", "many"],
        ["build", "--format", "egg"],
        ["publish", "a.whl"],
        ["publish", "-r", "x", "--repository-url", "y", "a.whl"],
        ["publish", "-r", "x"],
        ["check", "--ratio", "half"],
        ["deploy"],
        ["build", "--jbos", "3"],
        ["check", "--unknown-flag"],
    ]
    for argv in cases:
        run(parser, argv)
    known, rest = parser.parse_known_args(["check", "p1", "--extra", "1"])
    print("known:", known.command, known.paths, "rest:", rest)
    parser.parse_args(["build", "--jobs", "-3"])


if __name__ == "__main__":
    main()
