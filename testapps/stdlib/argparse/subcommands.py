import argparse
import sys

sys.stderr = sys.stdout


def run(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


parser = argparse.ArgumentParser(prog="vcs", description="A tiny version control tool.",
                                 epilog="See 'vcs COMMAND -h' for more.")
parser.add_argument("--verbose", "-v", action="count", default=0)
sub = parser.add_subparsers(dest="command", required=True, help="what to do")

commit = sub.add_parser("commit", help="record changes", aliases=["ci"])
commit.add_argument("-m", "--message", required=True, help="the commit message")
commit.add_argument("--amend", action="store_true")
commit.add_argument("paths", nargs="*", default=["."])

push = sub.add_parser("push", help="send changes")
push.add_argument("remote", nargs="?", default="origin")
push.add_argument("branch", nargs="?")
push.add_argument("--force", action="store_true", help="overwrite the remote")
push.set_defaults(func="do_push")

tag = sub.add_parser("tag")
tag.add_argument("name")
tag.add_argument("--sign", action=argparse.BooleanOptionalAction, default=False)

run(parser, ["commit", "-m", "first"])
run(parser, ["-vv", "ci", "-m", "x", "a.py", "b.py", "--amend"])
run(parser, ["push"])
run(parser, ["push", "upstream", "main", "--force"])
run(parser, ["tag", "v1", "--sign"])
run(parser, ["tag", "v1", "--no-sign"])
run(parser, [])
run(parser, ["commit"])
run(parser, ["frobnicate"])
run(parser, ["push", "a", "b", "c"])
run(parser, ["-h"])
run(parser, ["commit", "-h"])
run(parser, ["tag", "--help"])

ns, extra = parser.parse_known_args(["push", "--unknown", "x"])
print(ns, extra)

opt = argparse.ArgumentParser(prog="opt")
opt.add_argument("cmd", nargs=argparse.REMAINDER)
opt.add_argument("--level", type=float, default=0.5)
run(opt, ["--level", "2", "run", "--fast", "-x"])
