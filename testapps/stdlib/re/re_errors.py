import re

patterns = [
    r"(", r")", r"a)", r"a**", r"*a", r"a{2,1}", r"[a", r"[z-a]", r"\q", r"(?P<1a>x)", r"(?P<a>x)(?P<a>y)", r"(?P=b)",
    r"(a)\2", r"(?<=a+)b", r"(?<=a|bc)d", r"(?i", r"a(?i)b", r"(?z)", r"\x4", r"\u12", r"[\w-z]", r"(?P<a", r"(?P", r"(?Px)",
    r"(?<x)", r"(?#abc", r"\777", r"x{99999999999}", r"(?(1)a|b|c)", r"(?(2)a)", r"(?(x)a)", r"(?(0)a)", "\\", r"(a", "ab\n(c",
    r"(?-i)", r"(?i-:a)", r"(?a-a:b)", r"(?u)x", r"^*", r"\b+", r"(a(?P=a))", r"[]", r"[^]", r"(?P<a>a)(?P=a", r"(?L)x",
    r"{1}", "a|*", r"\Z*", r"(?<=(a)\1)", r"(?au)x", r"(?i-", r"(?-", r"(?i+)", r"(a)(?<=\1)", b"\\u00e9", b"(?u)a", b"\\xzz",
    "line1\nline2 (", r"(?P<a>x)(?P<b>(?P=b))", r"[a-\d]", r"a{1,2}{3}", r"(?P<a-b>x)", r"(?", r"x(?P<",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
e = re.error("custom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
e = re.error("at", "ab\ncd", 4)
print(e, e.lineno, e.colno)
try:
    re.search("(", "x")
except re.error as e:
    print("search:", e)
