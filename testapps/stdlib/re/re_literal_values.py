# Patterns a native build works out from the program's literals (names bound to literals, loops over
# lists of them, joins, formats, from-imports) and precompiles: each gives what CPython gives, with
# groups, named groups, lookarounds, backreferences, the flags I/M/S/X, sub with a function and
# empty matches.
import re
from re import compile as build, finditer, IGNORECASE, S as DOTALL_FLAG

TEXT = "Alpha beta  gamma\nDELTA alpha-beta\nepsilon 42 abab 7x\n"

VARIANTS = [r"a\w+a", r"(?i)delta", r"(\w)\1", r"beta(?=\s)", r"(?<=-)\w+", r"(?<!a)lpha", r"\b\d+\b", "x*"]
for v in VARIANTS:
    print(repr(v), re.findall(v, TEXT), re.findall(v, TEXT, re.I), [m.span() for m in finditer(v, TEXT)][:6])

SPEC = [
    ("NUMBER", r"\d+"),
    ("WORD", r"[A-Za-z]+"),
    ("DASH", r"-"),
    ("SPACE", r"[ \t]+"),
    ("NEWLINE", r"\n"),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in SPEC))
print([(m.lastgroup, m.group()) for m in MASTER.finditer(TEXT)][:12])
scanners = [(name, build(rx)) for name, rx in SPEC]
pos = 0
kinds = []
while pos < len(TEXT):
    for name, rx in scanners:
        m = rx.match(TEXT, pos)
        if m:
            kinds.append(name[0])
            pos = m.end()
            break
print("".join(kinds))

CODES = {"N": "(a|c|g|t)", "R": "(a|g)", "Y": "(c|t)"}
codes = re.compile("|".join(sorted(CODES)))
print(codes.sub(lambda m: CODES[m.group()], "aNgRtY"), codes.subn(lambda m: m.group().lower(), "NNxRY"))

word = r"(?P<first>\w+)\s+(?P<second>\w+)"
m = re.search(word, TEXT)
print(m.groupdict(), m.group("second", 1), m.span("first"), m.lastgroup, m.lastindex)
print(re.sub(word, r"\g<second> \g<first>", TEXT, count=2))
print(re.findall(r"^\w+$", "one\ntwo words\nthree", re.M), re.findall(r"^\w+", "one\ntwo", IGNORECASE | re.M))
print(re.findall(r"a.b", "a\nb axb", DOTALL_FLAG), re.findall(r"a.b", "a\nb axb"))
verbose = r"""
    (\d+)    # digits
    \s*      # optional space
    ([a-z])  # one letter
"""
print(re.findall(verbose, TEXT, re.X), re.fullmatch(verbose, "7 x", re.VERBOSE).groups())
EMPTY = r"\b|(?=a)"
print(re.sub(EMPTY, "|", "ab cab"), re.split(EMPTY, "ab ca"), [m.span() for m in re.finditer(EMPTY, "ab a")])
print(re.sub("-*", lambda m: "<" + m.group() + ">", "a--b-c"), re.subn("", "_", "abc"))
prefix = "gam"
print(re.search(prefix + "ma", TEXT).span(), re.search(f"{prefix}m(a)", TEXT).groups(), re.match("%sma" % prefix, "gamma"))
