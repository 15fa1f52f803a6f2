# optparse: every action and type, abbreviations, errors (usage + "prog: error:" on stderr, exit 2),
# callbacks, defaults, Values and the option-definition errors.
import contextlib
import io
import os
import sys
from optparse import (OptionParser, Option, OptionGroup, OptionError, OptionValueError, OptionConflictError,
                      BadOptionError, Values, make_option, SUPPRESS_HELP, SUPPRESS_USAGE)

os.environ.pop("COLUMNS", None)


def run(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            values, rest = parser.parse_args(args)
        print(args, "->", sorted(vars(values).items()), rest)
    except SystemExit as e:
        print(args, "-> exit", e.code)
        print("  stdout:", repr(out.getvalue()))
        print("  stderr:", repr(err.getvalue()))


def record(option, opt, value, parser, *args, **kwargs):
    print("callback", opt, repr(value), args, sorted(kwargs.items()), parser.largs, parser.rargs)
    parser.values.cb = (opt, value)


p = OptionParser(prog="tool", version="%prog 1.0")
p.add_option("-f", "--file", dest="filename", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
p.add_option("-v", action="store_true", dest="verbose")
p.add_option("-n", "--num", type="int", default=3)
p.add_option("--ratio", type="float")
p.add_option("--cplx", type="complex")
p.add_option("--long", type="long")
p.add_option("-c", "--count", action="count")
p.add_option("-a", "--add", action="append", type="string")
p.add_option("--const", action="store_const", const=42)
p.add_option("--flag", action="append_const", const="x", dest="flags")
p.add_option("--mode", type="choice", choices=["fast", "slow"])
p.add_option("--pick", choices=("a", "b"))
p.add_option("--point", nargs=2, type="int")
p.add_option("--cb", action="callback", callback=record, callback_args=(1,), callback_kwargs={"k": 2})
p.add_option("--cbv", action="callback", callback=record, type="string")
p.add_option("--dry-run", action="store_true")
p.add_option("--verbose-level", type=int)
p.add_option("--name", type=str)

for args in [[], ["-f", "x.txt", "pos"], ["--file=y", "a", "b"], ["-fz"], ["-qv"], ["-q"], ["-n", "7"],
             ["-n0x1f"], ["-n", "010"], ["-n", "0b101"], ["-n", "-4"], ["--num=abc"], ["--ratio", "2.5"],
             ["--ratio", "x"], ["--cplx", "1+2j"], ["--cplx", "zz"], ["--long", "12"], ["-ccc", "--count"],
             ["-a", "1", "--add=2", "-a3"], ["--const", "--flag", "--flag"], ["--mode", "fast"],
             ["--mode", "medium"], ["--pick", "c"], ["--point", "1", "2"], ["--point", "1"], ["-f"], ["--file"],
             ["--cb", "x"], ["--cbv", "val"], ["--dry-run", "--dry"], ["--fi", "abbrev"], ["--d"], ["--co"],
             ["--c"], ["--nope"], ["-z"], ["--quiet=yes"], ["--", "-f", "x"], ["a", "-q", "b"], ["-"],
             ["--verbose-level", "5"], ["--name", "n"], ["--version"]]:
    run(p, args)

p.disable_interspersed_args()
run(p, ["a", "-q", "b"])
p.enable_interspersed_args()
run(p, ["a", "-q", "b"])

p.set_defaults(num="12", ratio=0.5)
p.set_default("filename", "def.txt")
print(sorted(vars(p.get_default_values()).items()))
p.set_process_default_values(False)
print(p.get_default_values().num)
p.set_defaults(num="bad")
p.set_process_default_values(True)
try:
    p.get_default_values()
except OptionValueError as e:
    print("OptionValueError", e)

vals = Values({"a": 1, "b": None})
print(vals, vals == {"a": 1, "b": None}, vals == Values({"a": 1, "b": None}), vals != {"a": 2})
print(repr(vals).startswith("<Values at 0x"), vals.ensure_value("b", []), vals.ensure_value("a", 5))
vals._update_careful({"a": 9, "c": 3, "b": None})
print(vals)
vals._update_loose({"c": 3})
print(vals)
try:
    vals._update({}, "weird")
except ValueError as e:
    print("ValueError", e)

for args, kwargs in [((), {}), (("x",), {}), (("-",), {}), (("--",), {}), (("-ab",), {}), (("---x",), {}),
                     (("-x",), {"action": "bogus"}), (("-x",), {"type": "bogus"}),
                     (("-x",), {"action": "store_true", "type": "int"}), (("-x",), {"type": "choice"}),
                     (("-x",), {"choices": "ab"}), (("-x",), {"type": "int", "choices": ["1"]}),
                     (("-x",), {"action": "store_true", "const": 1}), (("-x",), {"action": "count", "nargs": 2}),
                     (("-x",), {"action": "callback", "callback": 5}),
                     (("-x",), {"action": "callback", "callback": record, "callback_args": [1]}),
                     (("-x",), {"action": "callback", "callback": record, "callback_kwargs": [1]}),
                     (("-x",), {"callback": print}), (("-x",), {"callback_args": (1,)}),
                     (("-x",), {"bogus": 1, "other": 2})]:
    try:
        opt = Option(*args, **kwargs)
        print("ok", opt, opt.action, opt.type, opt.dest, opt.nargs)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)

opt = make_option("-x", "--ex-ample", type="int")
print(opt, repr(opt).startswith("<Option at 0x"), opt.get_opt_string(), opt.dest, opt.takes_value(), opt.default)
print(Option("-y").dest, Option("-y", action="help").dest, Option("-y", action="store_const", const=1).dest)

q = OptionParser(prog="q")
q.add_option("-x", "--xx")
try:
    q.add_option("-x")
except OptionConflictError as e:
    print("OptionConflictError", e)
try:
    q.add_option(5)
except TypeError as e:
    print("TypeError", e)
try:
    q.add_option(Option("-k"), Option("-j"))
except TypeError as e:
    print("TypeError", e)
q.set_conflict_handler("resolve")
q.add_option("-x", dest="newx")
print(q.get_option("-x").dest, q.get_option("--xx").dest, q.has_option("-x"), q.has_option("-w"))
q.add_option("--xx", dest="newer")
print([str(o) for o in q.option_list])
q.remove_option("--xx")
print([str(o) for o in q.option_list])
try:
    q.remove_option("--nothing")
except ValueError as e:
    print("ValueError", e)
try:
    q.set_conflict_handler("bogus")
except ValueError as e:
    print("ValueError", e)
g = q.add_option_group("Group", "desc")
g.add_option("--in-group")
print(q.get_option_group("--in-group") is g, q.get_option_group("-h"), q.get_option("--in-group").container is g)
try:
    q.add_option_group(OptionGroup(OptionParser(), "other"))
except ValueError as e:
    print("ValueError", e)
try:
    q.add_option_group(5)
except TypeError as e:
    print("TypeError", e)
print(str(BadOptionError("--zz")), str(OptionValueError("bad value")))

# Extending optparse as its documentation shows: a new type, a new action, an extra check.
from copy import copy


def check_csv(option, opt, value):
    if not value:
        raise OptionValueError("option %s: empty list" % opt)
    return value.split(",")


def check_positive_default(option):
    if isinstance(option.default, int) and option.default < 0:
        raise OptionError("default must not be negative", option)


class MyOption(Option):
    TYPES = Option.TYPES + ("csv",)
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER["csv"] = check_csv
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)
    CHECK_METHODS = Option.CHECK_METHODS + [check_positive_default]

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value)
            return 1
        return Option.take_action(self, action, dest, opt, value, values, parser)


x = OptionParser(prog="ext", option_class=MyOption)
x.add_option("--names", action="extend", type="csv")
x.add_option("--tags", type="csv", default="a,b")
x.add_option("-k", type="int", default=1)
for args in [[], ["--names", "a,b", "--names=c", "--tags", "x"], ["--names", ""], ["--names"], ["-k", "0x10"]]:
    run(x, args)
try:
    x.add_option("--bad", type="int", default=-1)
except OptionError as e:
    print("OptionError", e)
print(MyOption("--e", action="extend").type, MyOption("--e", action="extend").dest)
