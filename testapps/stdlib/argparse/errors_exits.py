# Error messages and exit codes: everything that ends in parser.error() is caught as SystemExit,
# exit_on_error=False raises ArgumentError instead, and the last call really exits with status 2
# (usage and message on stderr).
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"  # help layout must not depend on the terminal

real_stderr = sys.stderr
sys.stderr = sys.stdout


def run(parser, argv):
    try:
        print(argv, "->", parser.parse_args(argv))
    except SystemExit as e:
        print(argv, "-> exit", e.code)


def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError("%d is odd" % value)
    return value


p = argparse.ArgumentParser(prog="calc")
p.add_argument("numbers", nargs="+", type=float)
p.add_argument("--op", choices=["add", "mul"], default="add")
p.add_argument("--even", type=even)
p.add_argument("--pair", nargs=2, type=int)
p.add_argument("--precision", type=int, default="2")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-string", action="store_true")
p.add_argument("-q", action="store_true")
p.add_argument("-r", action="store_true")
for argv in ([], ["1", "--op", "div"], ["x"], ["1", "--even", "3"], ["1", "--even", "two"],
             ["1", "--pair", "4"], ["1", "--pair=4"], ["1", "--precision"], ["1", "--ver"],
             ["1", "--verb"], ["1", "--verbose=yes"], ["1", "-qz"], ["1", "-qr"], ["1", "-q="],
             ["-1", "-2.5"], ["1", "--", "-3"], ["1", "2", "--unknown", "extra"],
             ["1", "--precision", "-7"]):
    run(p, argv)

ns, rest = p.parse_known_args(["1", "--unknown", "-x", "2"])
print(ns, rest)

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("values", nargs="*")
run(neg, ["-1"])
run(neg, ["-2"])
run(neg, ["--", "-2"])

strict = argparse.ArgumentParser(prog="strict", exit_on_error=False)
strict.add_argument("--n", type=int, choices=[1, 2])
strict.add_argument("item")
for argv in (["a", "--n", "x"], ["a", "--n", "5"], ["a", "--n"]):
    try:
        strict.parse_args(argv)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "| name:", e.argument_name, "| message:", e.message)
for argv in ([], ["a", "b"]):
    try:
        strict.parse_args(argv)
    except SystemExit as e:
        print("still exits:", e.code)

e = argparse.ArgumentError(None, "no argument attached")
print(str(e), e.argument_name)

for action in (lambda: p.exit(), lambda: p.exit(4), lambda: p.exit(1, "goodbye\n"),
               lambda: p.error("something is wrong")):
    try:
        action()
    except SystemExit as e:
        print("exit code:", e.code)

v = argparse.ArgumentParser(prog="ver")
v.add_argument("-V", "--version", action="version", version="%(prog)s 3.1.4")
run(v, ["-V"])
run(v, ["--help"])

for bad in (lambda: p.add_argument("--op"), lambda: p.add_argument("x", required=True),
            lambda: p.add_argument("--z", action="explode"),
            lambda: p.add_argument("--z", type="nonexistent"),
            lambda: p.add_argument("--z", type=argparse.FileType),
            lambda: p.add_argument("--z", nargs=2, metavar=("A", "B", "C")),
            lambda: p.add_argument("--z", nargs="many"),
            lambda: p.add_argument("--z", action="store_const"),
            lambda: p.add_argument("--z", const=1),
            lambda: p.add_argument("z", dest="zz"),
            lambda: p.add_argument("--", dest=None),
            lambda: p.add_argument("+z")):
    try:
        print("added", bad())
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)

sys.stderr = real_stderr
print("now a real exit", flush=True)
p.parse_args(["1", "--op", "pow"])
print("not reached")
