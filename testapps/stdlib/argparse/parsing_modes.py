# Ways of parsing: intermixed options and positionals, parse_known_args, argument files
# (fromfile_prefix_chars), other prefix characters, allow_abbrev=False, REMAINDER, custom Action
# classes, FileType, Namespace behaviour, defaults from set_defaults and argument_default.
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"  # help layout must not depend on the terminal
import tempfile

sys.stderr = sys.stdout


def run(parser, argv, method="parse_args"):
    try:
        print(argv, "->", getattr(parser, method)(argv))
    except SystemExit as e:
        print(argv, "-> exit", e.code)
    except TypeError as e:
        print(argv, "-> TypeError", e)


mix = argparse.ArgumentParser(prog="mix")
mix.add_argument("--tag")
mix.add_argument("command")
mix.add_argument("numbers", nargs="*", type=int)
argv = ["sum", "1", "--tag", "t", "2", "3"]
run(mix, argv)
run(mix, argv, "parse_intermixed_args")
run(mix, argv + ["--bad"], "parse_known_intermixed_args")
run(mix, argv + ["--bad"], "parse_known_args")
rest = argparse.ArgumentParser(prog="rest")
rest.add_argument("args", nargs=argparse.REMAINDER)
run(rest, ["a"], "parse_intermixed_args")

folder = tempfile.mkdtemp()
try:
    first = os.path.join(folder, "first.txt")
    second = os.path.join(folder, "second.txt")
    with open(first, "w") as f:
        f.write("--level\n3\n@" + second + "\nfrom-file\n")
    with open(second, "w") as f:
        f.write("--name\nnested\n")
    files = argparse.ArgumentParser(prog="files", fromfile_prefix_chars="@")
    files.add_argument("--level", type=int)
    files.add_argument("--name")
    files.add_argument("items", nargs="*")
    print(files.parse_args(["@" + first, "cli"]))

    class Words(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, arg_line):
            return arg_line.split()

    with open(first, "w") as f:
        f.write("--level 4 --name spaced\nx y\n")
    words = Words(prog="words", fromfile_prefix_chars="@")
    words.add_argument("--level", type=int)
    words.add_argument("--name")
    words.add_argument("items", nargs="*")
    print(words.parse_args(["@" + first]))

    data = os.path.join(folder, "data.txt")
    with open(data, "w") as f:
        f.write("file contents\n")
    reader = argparse.ArgumentParser(prog="reader")
    reader.add_argument("infile", type=argparse.FileType("r"))
    reader.add_argument("--out", type=argparse.FileType("w"), default="-")
    ns = reader.parse_args([data])
    print(ns.infile.read().strip(), ns.out is sys.stdout)
    ns.infile.close()
    run(reader, ["no/such/file.txt"])
    print(repr(argparse.FileType("rb", 0, errors="strict")), argparse.FileType("r")("-") is sys.stdin)
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)

plus = argparse.ArgumentParser(prog="plus", prefix_chars="+/")
plus.add_argument("+v", "++verbose", action="store_true")
plus.add_argument("/x", type=int)
plus.add_argument("rest", nargs="*")
plus.print_help()
run(plus, ["+v", "/x", "5", "-minus", "a"])
run(plus, ["++verb", "/x5"])

exact = argparse.ArgumentParser(prog="exact", allow_abbrev=False)
exact.add_argument("--color")
exact.add_argument("-a", action="store_true")
exact.add_argument("-b", action="store_true")
run(exact, ["-ab", "--color", "red"])
run(exact, ["--col", "red"])


class Pairs(argparse.Action):
    """Collects KEY=VALUE strings into a dict."""

    def __call__(self, parser, namespace, values, option_string=None):
        found = dict(getattr(namespace, self.dest) or {})
        for item in values:
            key, sep, value = item.partition("=")
            if not sep:
                raise argparse.ArgumentError(self, "expected KEY=VALUE, got %r" % item)
            found[key] = value
        setattr(namespace, self.dest, found)


custom = argparse.ArgumentParser(prog="custom")
act = custom.add_argument("--set", action=Pairs, nargs="+", metavar="KEY=VALUE", default=None)
print(act)
run(custom, ["--set", "a=1", "b=2", "--set", "a=3"])
run(custom, ["--set", "broken"])

defaults = argparse.ArgumentParser(prog="defaults", argument_default=argparse.SUPPRESS)
defaults.add_argument("--shown", default=1)
defaults.add_argument("--hidden")
defaults.set_defaults(extra="E", shown=2)
run(defaults, [])
run(defaults, ["--hidden", "h"])
print(defaults.get_default("shown"), defaults.get_default("extra"), defaults.get_default("nope"))

ns = argparse.Namespace(b=1, a=2)
ns.c = [3]
print(ns, "a" in ns, "z" in ns, ns == argparse.Namespace(b=1, a=2, c=[3]), vars(ns))
print(argparse.Namespace(**{"with-dash": 1, "ok": 2}))
target = argparse.Namespace(preset="kept")
print(mix.parse_args(["go"], namespace=target) is target, target)
