# A SyntaxError raised by a program (a config parser reporting where the input is wrong) prints
# its location block: traceback.format_exception_only's rules, then the interpreter's own
# (tabs stripped, offset clipped, a subclass underlined with one caret) for the uncaught one.
import traceback

CASES = [
    ("bad token", ("conf.py", 3, 5, "x = = 1\n", 3, 8)),
    ("tabs", ("c.py", 1, 4, "\t  y == \n", 1, 6)),
    ("indent", ("c.py", 2, 3, "    foo bar\n", 2, -1)),
    ("beyond", ("c.py", 2, 30, "abc\n", 2, 40)),
    ("nooffset", ("c.py", 2, None, "abc\n")),
    ("noline", ("c.py", None, None, None)),
    ("nofile", (None, 4, 2, "ab")),
    ("", ("", 4, 0, "ab", 4, 0)),
    ("neg", ("z.py", 4, -2, "  ab", 4, 1)),
    ("two lines", ("m.py", 7, 9, "first\nsecond line\n", 8, 3)),
]


class ConfigSyntaxError(SyntaxError):
    pass


for msg, details in CASES:
    print("".join(traceback.format_exception_only(SyntaxError(msg, details))), end="")
    print("---")
print("".join(traceback.format_exception_only(IndentationError("unexpected indent", ("q.py", 1, 2, " x\n")))), end="")
print("".join(traceback.format_exception_only(ConfigSyntaxError("ce", ("q.py", 1, 2, " x\n")))), end="")
print("".join(traceback.format_exception_only(SyntaxError("plain"))), end="")
e = SyntaxError("m", ("f.py", 1, 1, "x"))
e.add_note("a note")
print("".join(traceback.format_exception_only(e)), end="")
print(repr(e), str(e), e.args, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
e.lineno = 12
print(str(e), "".join(traceback.format_exception_only(e)).splitlines()[0])
try:
    raise ConfigSyntaxError("expected '=' after key", ("settings.ini", 14, 7, "  name value\n", 14, 12))
except SyntaxError as err:
    traceback.print_exc()
    print("caught", err.filename, err.lineno)
raise ConfigSyntaxError("unterminated string", ("settings.ini", 3, 9, "\tpath = 'abc\n", 3, 13))
