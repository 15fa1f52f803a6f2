# re's native pattern cache (str patterns with int flags) and sub building a str result in one
# buffer: identity through the cache, bool flags sharing an entry with their int, purge, str
# subclasses and bytes kept apart, and sub's pieces (None skipped, a non-str piece failing the
# join only after every callback ran, with join's message).
import re

a = re.compile("ab+c")
print(a is re.compile("ab+c"), a is re.compile("ab+c", 0), a is re.compile("ab+c", False))
b = re.compile("ab+c", re.I)
print(b is re.compile("ab+c", 2), b is a, bool(b.flags & re.I))
print(re.search("ab+c", "xxabbbc").span(), re.match("ab+c", "xxabbbc"), re.fullmatch("ab+c", "abc").group())
re.purge()
print(a is re.compile("ab+c"))


class S(str):
    pass


s = re.compile(S("ab+c"))
print(type(s.pattern).__name__, s is re.compile("ab+c"), s is re.compile(S("ab+c")))
print(re.search(b"a(b)", b"xab").group(1), re.search("a", "\U0001F600a").span())
for i in range(600):
    re.compile("p%d" % i)
print(re.compile("p599") is re.compile("p599"), re.search("p(5)", "xp5").groups())
try:
    re.search("(", "x")
except re.error as e:
    print("error", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError", e)
print(re.search("a", "bab", 1) if False else re.search("a", "bab"))

calls = []


def pieces(m):
    calls.append(m.group())
    return {"a": None, "b": "B", "c": 7, "d": "D"}[m.group()]


print(re.sub("[ab]", pieces, "xaybz"), calls)
calls.clear()
try:
    re.sub("[abcd]", pieces, "1a2b3c4d5c")
except TypeError as e:
    print("TypeError", e, calls)
print(re.sub(r"(\w)(\d)?", r"<\2\1>", "a1b c2"), re.subn(r"(?P<x>o)", r"\g<x>\g<x>", "foo boo"))
print(re.sub("(b)|(c)", lambda m: m.group(2) or "", "abcbc"), re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
print(re.sub("a", S("Q"), "banana"), re.sub("n", lambda m: S("N"), "banana"), re.sub("(a)", r"\1\n", "ba"))
print(re.sub(b"(a)", b"[\\1]", b"banana"), re.sub("\U0001F600(.)", r"\1!", "x\U0001F600yz"))
