# re.Match in detail, and the paths search/findall/sub take for str, bytes, bytearray, str subclasses,
# strings with characters outside the BMP, and positions that are not plain ints.
import copy
import re


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class MyStr(str):
    pass


p = re.compile(r"(?P<word>\w+)(?:-(?P<num>\d+))?")
m = p.search("  ab-12 cd")
print(type(m), type(m).__name__, type(m).__module__, isinstance(m, re.Match), m.re is p)
print(m, repr(m), bool(m), copy.copy(m) is m, copy.deepcopy(m) is m)
print(m.group(Idx(1)), m.group(True), m[False], m[Idx(2)], m["num"], m.group("word", 0, Idx(2)))
for bad in [3, -1, 2 ** 70, "nope", 1.0, None, Idx(9)]:
    try:
        print(m.group(bad))
    except IndexError as e:
        print("IndexError", e)
try:
    print(m.group(group=1))
except TypeError as e:
    print("TypeError", e)
m2 = p.search("xy")
print(m2.groups(), m2.groups("-"), m2.groups(default=0), m2.groupdict(), m2.groupdict(default="?"))
print(m.start(), m.start(1), m.end("num"), m.span(Idx(2)), m2.span("num"), m2.start(2), m2.end(2))
print(m.regs, m2.regs, m.pos, m.endpos, m.string, m.lastindex, m.lastgroup, m2.lastindex, m2.lastgroup)
print(re.match(r"((a)(b))(c)?", "ab").lastindex, re.match(r"(a)((b)c)", "abc").lastindex, re.match("x", "x").lastindex)
print(m.expand(r"<\g<word>|\2|\g<0>>"), m2.expand(r"[\2]"), re.match(b"(a)(b)?", b"a").expand(rb"\1-\2"))
print(p.search("zz ab-1 q", 2, 6), p.search("zz ab-1 q", Idx(3), Idx(5)), p.search("abc", True), p.search("abc", -5, 99))
print(p.match("abc", 1), p.fullmatch("ab-1", 0, 4), p.search("abc", 3), p.search("abc", 2, 1))
print(p.search(MyStr("hi-5")), type(p.search(MyStr("hi-5")).string).__name__, type(p.search(MyStr("hi-5")).group()).__name__)
print(p.search("😀 ab-12"), p.search("😀 ab-12").group(1), p.search("😀 ab-12").span(), p.findall("😀a 😀b-1"))
print(re.search(b"(b+)", b"abbc"), re.search(b"(b+)", bytearray(b"abbc")), re.search(b"(b+)", bytearray(b"abbc")).group(1))
print(re.findall(rb"\w", bytearray(b"a b")), p.findall("a-1 b", 1), p.findall("a-1 b", Idx(0), Idx(3)), re.findall("b", "abc", 0))
for args in [(b"x",), ("x", 1.5), ("x", 0, "9")]:
    try:
        print(p.search(*args))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(p.findall(*args))
    except TypeError as e:
        print("TypeError", e)
print(re.sub(r"(\d)", lambda mm: None, "a1b2"), re.sub(r"(\d)", lambda mm: mm.group(1) * 2, "a1b2", count=1))
print(re.subn(r"\d", lambda mm: "<%s:%d:%d>" % (mm.group(), mm.pos, mm.endpos), "a1b22"), re.subn("x*", "-", "abxd"))
print(re.sub(r"(a)|b", r"[\1]", "abc"), re.sub(rb"(a)|b", rb"[\1]", b"abc"), re.sub(b"a", b"\\n", bytearray(b"bab")))
print(re.sub("a", "b", "aaa", -1), re.subn(r"(a)", lambda mm: "z", "aaa", -1), re.sub("(a)", r"\1\1", "😀a😀"))
inner = re.compile(r"\d")
print(inner.sub(lambda mm: inner.sub("#", "x9y" + mm.group()), "1a2"))
print(re.sub(r"(?P<w>\w)", lambda mm: mm.group("w").upper() + str(mm.lastindex), "ab"))
for repl in [lambda mm: 1, lambda mm: b"x", "x", r"\g<0>"]:
    try:
        print(re.sub(b"a", repl, b"bab"))
    except TypeError as e:
        print("TypeError", e)
for repl in [lambda mm: 1, lambda mm: b"x", b"x"]:
    try:
        print(re.sub("a", repl, "bab"))
    except TypeError as e:
        print("TypeError", e)
try:
    re.Match()
except TypeError as e:
    print("TypeError", e)
print([mm.span() for mm in re.finditer(r"\b|a", "a a")], re.split(r"(\d)|x", "a1bxc"), re.findall("", "😀a"))
for call in [lambda: m.start(group=1), lambda: m.span(0, 1), lambda: m.end(0, 1), lambda: p.search(b"x", 1.5), lambda: p.finditer("x", None)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
