# \b and \B next to characters that are surely word characters (or not), in every mode: ASCII,
# Unicode, IGNORECASE (where K matches the Kelvin sign), bytes, optional and empty neighbours,
# and findall's empty-match rule.
import re

subjects = [
    "foo bar_baz 12.5 x1 \u00e9t\u00e9 \u0663\u0664 \u212a k K", "a-b c\u0301d _x_ 3.14.15 \u2160x",
    "", "   ", "word", "\U0001d7d8\U0001d7d9 7\U0001d7d8 \U0001d400b b",
]
patterns = [
    r"\b\d+(?:\.\d+)?\b", r"\bfoo\b", r"\w+\b", r"\b\w", r"\B\w", r"\w\B", r"\b(?:ab|cd|x)",
    r"\b(?:k|x)", r"(?i)\bk\b", r"(?ai)\bk\b", r"(?a)\b\d", r"(?a)\w+\b", r"a\b\Bb", r"x*\b",
    r"\b", r"\B", r"\b-", r"-\b", r"\b(?=\w)\w", r"(\b\d)(\d?)\b", r"\b[a-z_0-9]+\b",
    r"(?i)\b[a-z]+\b", r"(?a:\b[a-z]+)\b", r"\b\d*", r"\b(?:\d|_)\B", r"(?:x|\d)+\b",
]
for p in patterns:
    for s in subjects:
        try:
            print(repr(p), repr(s), re.findall(p, s), [m.span() for m in re.finditer(p, s)],
                  re.sub(p, "|", s), re.split(p, s))
        except Exception as e:
            print(repr(p), type(e).__name__, e)
for p in [rb"\b\d+\b", rb"(?i)\bk\w*", rb"\w\B", rb"\bx"]:
    print(p, re.findall(p, b"k12 K3 x\xe9x 4 kx"), re.sub(p, b"#", b"k12 K3 x\xe9x 4 kx"))
n = re.compile(r"\b\d+\b")
print(n.findall("10 20 30", 3), n.findall("10 20 30", 1, 5), n.findall("10 20 30", 0, 4))
print(re.search(r"\b\d", "a1 2", 1), re.search(r"\B\d", "a1 2", 1))
b = re.compile(r"\B")
print(re.findall(r"\B", ""), re.findall(r"\B", "a"), re.findall(r"\B", " "), b.search("ab", 0, 0), b.search("  ", 1, 1), b.search("  ", 2, 2))
