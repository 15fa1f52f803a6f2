# Subjects of every form the engine reads directly (short strs held inline, long ones, str
# subclasses, bytes, bytearray, strs with characters above U+FFFF) through sub, split, findall,
# search and finditer; sub() callbacks that run sub() again; results of every size; and the
# pattern cache's identity lookups across purge() and many patterns.
import re


class S(str):
    pass


subjects = ["ab12cd", "x" * 40 + "12", "", "no digits", S("s1b2"), "wide \U0001F600 3x4"]
for s in subjects:
    r = re.sub(r"\d", "#", s)
    print(repr(r), type(r).__name__, re.subn(r"\d", lambda m: "<%s>" % m.group(), s))
    print(re.split(r"(\d)", s), re.findall(r"[a-z]\d?", s))
    print([m.span() for m in re.finditer(r"\d", s)], re.search(r"\d", s))

# sub without a match gives back the subject itself (CPython joins the one piece it is).
s = "nothing to see here, move along please"
print(re.sub(r"\d", "x", s) is s, re.sub(r"\d", lambda m: "x", s) is s, re.compile(r"q").sub("", s) is s)
print(re.sub(r"\d", "x", S("abc")) == "abc", type(re.sub(r"\d", "x", S("abc"))).__name__)

# A callback that runs sub() with the same and another pattern while the outer sub goes on.
digit = re.compile(r"\d")


def inner(m):
    return digit.sub(lambda n: str(int(n.group()) * 2), m.group()) + re.sub(r"[a-z]", "_", "ab" + m.group())


print(re.sub(r"\w\d", inner, "a1 b2 c3 " * 3))
print(digit.sub(lambda m: digit.sub("9", "1" + m.group()), "0123"))

# Results of every size: empty, one character, short, long (past the reused buffer).
print(repr(re.sub(r".", "", "abc")), repr(re.sub(r"bc", "", "abc")), len(re.sub(r"a", "bb", "a" * 20000)))
big = ("acgt" * 5000 + "\n") * 3
print(len(re.sub(r"\n", "", big)), re.sub(r"c", lambda m: "CC", big).count("CC"), len(re.sub(r"g", r"\g<0>\g<0>", big)))

# Bytes and bytearray subjects.
print(re.sub(rb"\d", b"#", b"ab12"), re.sub(rb"\d", b"#", bytearray(b"x9")), re.sub(rb"z", b"", b"abc"))
print(re.split(rb"[,;]", b"a,b;c"), re.findall(rb"(\w)(\d)", bytearray(b"a1b2")))

# Many patterns in turn, and the cache emptied in between: every call still finds its pattern.
words = ["alpha", "beta", "gamma", "delta"]
patterns = ["%s|x%d" % (w, i) for i in range(100) for w in words]
hits = 0
for round_ in range(3):
    for p in patterns:
        if re.search(p, "the delta x5 gamma"):
            hits += 1
    if round_ == 1:
        re.purge()
print(hits, re.match("be(ta)", "beta").groups(), re.fullmatch("x[0-9]", "x7").span())

# pos and endpos on a short subject.
p = re.compile(r"\w+")
print(p.search("ab cd", 2), p.match("ab cd", 3, 4), p.fullmatch("ab cd", 3), p.findall("ab cd ef", 1, 7))
print(re.compile(r"(a)|b").sub(lambda m: str(m.lastindex), "abab"), re.compile("x*").sub("-", "abc"))
