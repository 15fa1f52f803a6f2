# str() and repr() of exceptions built with different arguments.
cases = [
    Exception(),
    Exception("one"),
    Exception("a", 2),
    Exception(None),
    ValueError(""),
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(1),
    IndexError("list index out of range"),
    OSError(2, "No such file"),
    OSError(2, "No such file", "x.txt"),
    OSError(13, "Permission denied", "a", None, "b"),
    OSError("just text"),
    FileNotFoundError(2, "No such file or directory", "missing.txt"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range(128)"),
    SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n")),
    SystemExit(3),
    StopIteration(5),
    AttributeError("no attr", name="x", obj=None),
    ImportError("nope", name="mod", path="/p"),
    ModuleNotFoundError("No module named 'z'", name="z"),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

e = OSError(2, "No such file", "x.txt")
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
e = ImportError("nope", name="mod", path="/p")
print(e.name, e.path, e.msg)
e = SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)


class MyError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"{code}: {detail}")
        self.code = code


class NoSuper(Exception):
    def __init__(self, x):
        self.x = x


class WithStr(Exception):
    def __str__(self):
        return "custom text"


for e in (MyError(4, "four"), NoSuper(1), WithStr("ignored")):
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

e = Exception("x")
e.args = ("replaced", 1)
print(str(e), repr(e))
try:
    raise KeyError("missing key")
except KeyError as err:
    print(err, repr(err))
