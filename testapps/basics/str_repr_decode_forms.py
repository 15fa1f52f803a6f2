# repr() of exact ints, floats and strs and bytes.decode of ASCII data build their str directly
# (inline when short, no surrogate scan): every kind of text, quote choice, escape, length around
# the inline limit, subclasses, %r / !r, and the shared ''/one-character results of decode.

values = [0, -5, 7, 10**20, -(2**63), 2**63, True, False, None,
          1.5, -0.0, 0.0, 1e16, 1e-5, 123456789.123, float("nan"), float("inf"), -float("inf"), 2.5e-310, 1 / 3,
          "", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "\r",
          "\x00\x7f\x80\xff", "é ü 中文", "\ud800", "\udc00x\ud800", "\U0001F600 smile", "\U0001F600",
          "x" * 29, "x" * 30, "x" * 31, "y" * 40, "'" * 30, "'" * 31, '"' * 30, "A\u200bB", "\u2028", "\x1b[0m"]


class S(str):
    def __repr__(self):
        return "S!"


class S2(str):
    pass


class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)


class I(int):
    pass


values += [S("q"), S2("q2"), S2("it's"), F(2.5), I(3)]
for v in values:
    r = repr(v)
    print(r, len(r), type(r).__name__, ascii(r))
    print("%r|%5r|%-6r" % (v, v, v), f"{v!r}|{v!r:>12}")

# A new str each time, as CPython's; equal texts hash and compare equal.
a, b = repr(5), repr(5)
print(a is b, a == b, repr("x") is repr("x"), hash(repr("abc")) == hash("'abc'"))
d = {repr(1.5): 1, repr("k"): 2, repr(-7): 3}
print(d["1.5"], d["'k'"], d["-7"])
print([repr(x)[1:3] for x in ["abc", "de", 1.25, 42]], repr("abc").upper(), repr(2.5).split("."))
print(repr("é" * 20).encode("utf-8"), len(repr("中" * 40)))

# bytes.decode: ASCII in each codec that reads it directly, and the general paths around it.
samples = [b"", b"a", b"\x00", b"\x7f", b"ab", b"hello world", b"x" * 32, b"x" * 33, b"y" * 100,
           b"caf\xc3\xa9", b"\xe9t\xe9", b"\xff", b"\xf0\x9f\x98\x80", b"tail \x80"]
for data in samples:
    for codec in ("utf-8", "UTF8", "ascii", "latin-1", "iso-8859-1", "utf-16-le"):
        for errors in ("strict", "replace", "ignore", "surrogateescape"):
            try:
                s = data.decode(codec, errors)
                print(codec, errors, ascii(s), len(s), type(s).__name__)
            except UnicodeDecodeError as e:
                print(codec, errors, "UnicodeDecodeError:", e)
    print(ascii(str(data, "utf-8", "replace")), ascii(bytearray(data).decode("latin-1")))

abc = "".join(["ab", "c"])
empty, one = abc[:0], abc[0]
print(b"".decode() is empty, b"a".decode() is one, b"a".decode("ascii") is one, b"a".decode("latin-1") is one)
print(b"ab".decode() is b"ab".decode(), str(b"a", "utf-8") is one, bytearray(b"a").decode() is one, b"a".decode() is b"a".decode())
long_text = (b"line of text\n" * 10).decode()
print(len(long_text), long_text.splitlines()[3], hash(long_text) == hash("line of text\n" * 10))
try:
    b"abc".decode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    b"abc".decode("utf-8", "bogus")
    print("bogus handler not looked up for clean data")
except LookupError as e:
    print("LookupError:", e)
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print("LookupError:", e)
