# Line rules: headers, comments, indentation, empty lines, strict duplicates, error messages.
import configparser
import io


def show(text, **kw):
    cp = configparser.ConfigParser(**kw)
    try:
        cp.read_string(text)
        status = "ok"
    except Exception as e:
        status = "%s: %s" % (type(e).__name__, e)
    print(status)
    print("  ", {s: {k: cp.get(s, k, raw=True) for k in cp[s]} for s in cp.sections()},
          dict(cp.defaults()))
    return cp


show("[a]]\nx=1\n[b]c\ny=2\n[ spaced ]\nz=3\n")
show("[]\nx=1\n")
show("  [indented]\n  key = value\n")
show("[s]\nkey = first\n  second\n\tthird\n\n\n  after blanks\nnext = 1\n")
show("[s]\nkey = first\n\n  after blank\n", empty_lines_in_values=False)
show("[s]\nkey = first\n# comment inside\n  continued\n")
show("[s]\nkey = first\n# comment inside\n  continued\n", empty_lines_in_values=False)
show("[s]\na = 1 ; not a comment\nb = 2 # neither\n")
show("[s]\na = 1 ; comment\nb = x;y\nc = ; only\n; full\n", inline_comment_prefixes=(";",))
show("[s]\n  ; indented comment\na = 1\n")
show("[s]\n= no name\n  indented\nok = 1\nbroken line\n")
show("[s]\nkey\n", allow_no_value=True)
show("[s]\nkey\n  continued\n", allow_no_value=True)
show("[s]\nk = 1\n[DEFAULT]\nd = 2\n[DEFAULT]\ne = 3\n")
show("[DEFAULT]\nd = 1\nd = 2\n")
show("[s]\nK = 1\nk = 2\n")
show("[s]\nK = 1\n[t]\nk = 2\n[s]\nj = 3\n", strict=False)
show("[s]\na == b\nc := d\n", delimiters=(":=", "=="))
show("[s]\nrem // comment\nk = v\n", comment_prefixes=("rem",), inline_comment_prefixes=("//",))
show("[s]\nk = v\r\n[t]\r\nx = \x0cff\n")
cp = show("[s]\nk = 1\n[s]\nj = 2\n")
print(cp.sections(), cp.has_section("s"))

# the same section read again from another source is merged (strict is per source)
cp = configparser.ConfigParser()
cp.read_string("[s]\na = 1\n", source="first.ini")
cp.read_string("[s]\nb = 2\n", source="second.ini")
print(dict(cp["s"]))
try:
    cp.read_string("[s]\nc = 1\n\n[s]\n", source="third.ini")
except configparser.DuplicateSectionError as e:
    print(e.section, e.source, e.lineno, "|", e)
try:
    cp.read_file(io.StringIO("x = 1\n"))
except configparser.MissingSectionHeaderError as e:
    print(repr(e.source), e.lineno, repr(e.line))


class Named:
    name = "named.ini"

    def __init__(self, text):
        self.lines = text.splitlines(True)

    def __iter__(self):
        return iter(self.lines)


try:
    cp.read_file(Named("[q]\nbad\nworse\n"))
except configparser.ParsingError as e:
    print(e.source, e.errors)
    print(e)
try:
    cp.read_dict({"d": {"k": 1, "K": 2}})
except configparser.DuplicateOptionError as e:
    print(e)
print(cp.read(["does-not-exist.ini"]))
cp.read_dict({"n": {"i": 1, "f": 2.5, "b": True}})
print(dict(cp["n"]), cp.getint("n", "i"), cp.getfloat("n", "f"), cp.getboolean("n", "b"))
for bad in [lambda: configparser.ParsingError(), lambda: configparser.ParsingError("a", "b"),
            lambda: cp.set("n", 5, "x"), lambda: cp.set("n", "x", 5), lambda: cp.add_section(None),
            lambda: cp["n"].__setitem__("k", 1.5), lambda: cp.getboolean("n", "f"),
            lambda: cp.getint("n", "f"), lambda: cp.items("nowhere"), lambda: cp.options("nowhere")]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print(cp.has_option("n", "I"), cp.has_option("", "x"), cp.has_option("zz", "i"), cp.remove_option("n", "I"))
print(len(cp), list(cp), cp.popitem()[0], list(cp))
cp.clear()
print(list(cp), cp.defaults())

import os
import pathlib

folder = "_configparser_tmp"
os.makedirs(folder, exist_ok=True)
first = os.path.join(folder, "one.ini")
with open(first, "w", encoding="utf-8") as f:
    f.write("[files]\nfrom_file = yes\n")
second = pathlib.Path(folder) / "two.ini"
second.write_text("[files]\nsecond = 2\n", encoding="utf-8")
fp = configparser.ConfigParser()
got = fp.read([first, os.path.join(folder, "missing.ini"), second], encoding="utf-8")
print([os.path.basename(str(name)) for name in got], [type(name).__name__ for name in got])
print(len(fp.read(second)), sorted(fp["files"]))
os.remove(first)
second.unlink()
os.rmdir(folder)
