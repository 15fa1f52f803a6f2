# The csv reader and writer state machines: quoting modes, escapechar, doublequote,
# skipinitialspace, strict errors, multi-line quoted fields, newlines, and their error messages.
import csv
import io


def read(text, **kw):
    lines = text.splitlines(keepends=True) if isinstance(text, str) else text
    try:
        r = csv.reader(lines, **kw)
    except (csv.Error, TypeError) as e:
        print(repr(text)[:60], kw, "->", type(e).__name__, e)
        return
    out = []
    try:
        for rec in r:
            out.append(rec)
    except csv.Error as e:
        out.append("Error(%s) at line %d" % (e, r.line_num))
    except (ValueError, TypeError) as e:
        out.append("%s(%s)" % (type(e).__name__, e))
    print(repr(text)[:60], kw, "->", out, "line_num", r.line_num)


def write(rows, **kw):
    buf = io.StringIO()
    try:
        w = csv.writer(buf, **kw)
        for row in rows:
            w.writerow(row)
    except (csv.Error, TypeError) as e:
        print("  ", kw, type(e).__name__, e, repr(buf.getvalue()))
        return
    print("  ", kw, repr(buf.getvalue()))


# Quoting on reading.
read('a,"b,c",d\n1,"2""3",4\n')
read('a,"b,c",d\n', quoting=csv.QUOTE_NONE)
read('1,2.5,"x",-3e2\n', quoting=csv.QUOTE_NONNUMERIC)
read('1,abc\n', quoting=csv.QUOTE_NONNUMERIC)
read(',"",x\n', quoting=csv.QUOTE_NONNUMERIC)
read('a,"b""c"\n', doublequote=False)
read('a,"b""c"\n', doublequote=False, escapechar="\\")
read('a,"b\\"c",d\n', doublequote=False, escapechar="\\")
read('a\\,b,c\\\nd,e\n', escapechar="\\")
read('a\\,b,"q\\"x"\n', escapechar="\\", quoting=csv.QUOTE_NONE)
read('x,y\\', escapechar="\\")
# skipinitialspace and spaces around quotes.
read('a, b,  "c, d", e\n', skipinitialspace=True)
read('a, b,  "c, d", e\n')
read('a, "b" ,c\n', skipinitialspace=True)
# Strict and non-strict text after a closing quote.
read('"ab"c,d\n')
read('"ab"c,d\n', strict=True)
read('"unterminated\n', strict=True)
read('"unterminated\nmore\n')
read('a,b\n"x\ny",z\n"p\r\nq",r\n')
# Newlines: \r\n, \r, blank lines, a newline inside an unquoted field.
read(["a,b\r\n", "c,d\r", "\n", "e,f"])
read(["a,b\rc,d\n"])
read(["a\r", "b\n"])
read(["\n", "\r\n", "x\n"])
read(["x,\n", ",\n", '""\n'])
read(["a,b", "c"])
read(["a,\"b\n", "c\"\n", "d\n"])
# Other delimiters and quote characters.
read("a;b;'c;d'\n", delimiter=";", quotechar="'")
read("a\tb\t\tc\n", dialect="excel-tab")
read('"a","b"\n', dialect="unix")
read("a|b|c\n", delimiter="|", quotechar=None)
# Errors from the input and the parameters.
read([b"a,b\n"])
read(["a,b\n", 3])
read("x\n", delimiter="")
read("x\n", delimiter=",,")
read("x\n", quotechar=5)
read("x\n", quoting=7)
read("x\n", quoting=csv.QUOTE_ALL, quotechar=None)
read("x\n", lineterminator=None)
read("x\n", badkw=1)
read("x\n", dialect="nosuch")
try:
    csv.reader(5)
except TypeError as e:
    print("reader(5):", e)
# The field size limit.
old = csv.field_size_limit(5)
read("abcde,f\nabcdef\n")
read('"abc\ndef"\n')
print("limit", csv.field_size_limit(old), csv.field_size_limit())
print(csv.field_size_limit(new_limit=7), csv.field_size_limit())
for bad in ("x", 1.5, True, 2 ** 70):
    try:
        csv.field_size_limit(bad)
    except (TypeError, OverflowError) as e:
        print("field_size_limit", repr(bad), type(e).__name__, e)
for args, kw in (((1, 2), {}), ((), {"limit": 3})):
    try:
        csv.field_size_limit(*args, **kw)
    except TypeError as e:
        print("field_size_limit", args, kw, e)
csv.field_size_limit(old)

# Writing.
print("writer")
write([["a", "b,c", 'say "hi"', "line\nbreak", "cr\rret", "", None, 1, 2.5, True]])
write([["a", "b,c", 'q"', 1, 2.5, None, ""]], quoting=csv.QUOTE_ALL)
write([["a", "b", 1, 2.5, True, None, 3j]], quoting=csv.QUOTE_NONNUMERIC)
write([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")
write([["a,b"]], quoting=csv.QUOTE_NONE)
write([['q"x']], doublequote=False)
write([['q"x', "e\\"]], doublequote=False, escapechar="\\")
write([["x\\y", "z"]], escapechar="\\")
write([[""]])
write([[""]], quoting=csv.QUOTE_NONE)
write([[None]])
write([[]])
write([["", ""]])
write([["a", "b"]], lineterminator="\n", delimiter="\t")
write([["a!b", "c"]], lineterminator="!")
write([["a b", " lead", "trail "]], quotechar="'", delimiter=" ")
write([["a", "b"]], quotechar=None)
write([5])
write([iter(["g", "h"]), ("t", 1), "str"])
write([["x"]], dialect="unix")
write([[0.1, 1e100, -0.0, float("inf"), 10**20]])
try:
    csv.writer(42)
except TypeError as e:
    print("writer(42):", e)


class Num:
    def __index__(self):
        return 7

    def __str__(self):
        return "seven"


class Bad:
    def __str__(self):
        raise ValueError("no str")


write([[Num(), "n"]], quoting=csv.QUOTE_NONNUMERIC)
try:
    write([[Bad()]])
except ValueError as e:
    print("Bad:", e)
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["abc", "d"]), w.writerows([["1"], ["2", "3"]]), repr(buf.getvalue()))
print(w.dialect.delimiter, w.dialect.quoting, repr(w.dialect.lineterminator))
r = csv.reader(["a,b\n"], delimiter=";")
print(r.dialect.delimiter, r.line_num, next(r), r.line_num, next(r, "end"))
print(csv.Error.__module__, csv.Error.__name__, issubclass(csv.Error, Exception))
# Round trip of awkward values.
values = ["plain", "with,comma", 'with "quotes"', "multi\nline", "cr\r\nlf", " spaced ", "", "tab\t", "é ü", "\U0001f600,x"]
buf = io.StringIO()
csv.writer(buf).writerows([values, values[::-1]])
back = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
print(back == [values, values[::-1]], back[0][3:5])
