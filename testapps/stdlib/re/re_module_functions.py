# re's module functions (findall, finditer, split, sub, subn) on their first call (pattern not cached
# yet) and later calls (cached: answered natively), with the arguments the native path hands back
# to re.py; and the shared empty and one-character strs that findall, split and groups give.
import re


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


for round in range(2):
    print("round", round)
    show("findall", lambda: re.findall(r"(\w)(\d)?", "a1 b c3"))
    show("findall nogroups", lambda: re.findall(r"\d+", "10 apples, 2 pears, 345"))
    show("findall flags", lambda: re.findall("ab", "AB ab aB", re.I))
    show("findall bool flags", lambda: re.findall("ab", "AB ab", True))
    show("findall bytes", lambda: re.findall(rb"(.)(.)", b"abcde"))
    show("findall wide", lambda: re.findall("(.)", "a\U0001F600b"))
    show("finditer", lambda: [m.span() for m in re.finditer(r"o+", "foo boo o")])
    show("finditer type", lambda: type(re.finditer("a", "a")).__name__)
    show("split", lambda: re.split(",", ",a,,b,"))
    show("split groups", lambda: re.split(r"(-)|(\+)", "1-2+3"))
    show("split maxsplit", lambda: re.split(r"\s+", "a b  c   d", 2))
    show("split kw", lambda: re.split(r"\s+", "a b  c", maxsplit=1))
    show("sub", lambda: re.sub(r"(\d+)", lambda m: "<" + m.group(1) + ">", "a1b22c333"))
    show("sub count", lambda: re.sub("a", "x", "aaaa", 2))
    show("sub template", lambda: re.sub(r"(\w)(\w)", r"\2\1", "abcd"))
    show("sub bytes", lambda: re.sub(b"a", b"b", b"banana"))
    show("subn", lambda: re.subn("[aeiou]", "", "education"))
    show("subn callback", lambda: re.subn("a", lambda m: m.group().upper(), "banana", count=2))
    show("sub not str", lambda: re.sub("a", lambda m: 5, "banana"))
    show("sub bad string", lambda: re.sub("a", "b", 5))
    show("findall bad string", lambda: re.findall("a", None))
    show("split bad maxsplit", lambda: re.split("a", "banana", "2"))
    show("sub bad count", lambda: re.sub("a", "b", "banana", 1.5))
    show("findall str on bytes", lambda: re.findall("a", b"banana"))
    show("finditer compiled", lambda: [m.group() for m in re.finditer(re.compile("an"), "banana")])
    show("findall compiled flags", lambda: re.findall(re.compile("an"), "banana", re.I))

# One-character and empty results are the shared strs, as in CPython (Latin-1 ones only).
a = re.findall("(.)", "xy")[0]
b = re.findall(r"(\w)", "x!")[0]
c = re.split(",", "q,x")[1]
d = re.search("(x)", "zx").group(1)
print(a, a is b, b is c, c is d)
e = re.findall("x*", "ab")
print(e, e[0] is e[1], re.match("(x*)", "ab").group(1) == "")
w = re.findall("(.)", "\u20ac\u20ac")
print(w, w[0] == w[1])
