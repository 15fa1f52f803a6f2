import re

tests = [
    (r"colou?r", "color colour colouur"), (r"\bcat\b", "cat concat cat."), (r"\Bcat", "concat cat"),
    (r"a{2}", "aaaaa"), (r"a{2,}", "a aa aaaa"), (r"a{,2}", "aaa"), (r"a{1,2}?", "aaa"), (r"x{", "x{"), (r"x{a}", "x{a}"),
    (r"a{}", "a{}"), (r"<.*>", "<a><b>"), (r"<.*?>", "<a><b>"), (r"a++b", "aaab"), (r"a*+a", "aaa"), (r"(?>a+)b", "aab"),
    (r"(?>a|ab)c", "abc"), (r"\d+(?=px)", "10px 20em 30px"), (r"\d+(?!px)\b", "10px 20em"), (r"(?<=\$)\d+", "$5 and 6"),
    (r"(?<!\$)\b\d+", "$5 and 6"), (r"(a)|(b)", "ab"), (r"(\w)\1", "hello aa bb"), (r"(?P<q>['\"]).*?(?P=q)", "'x' \"y\""),
    (r"(?:ab)+", "ababab"), (r"(?i)abc", "ABC aBc"), (r"a(?i:b)c", "aBc aBC"), (r"(?i)a(?-i:b)c", "AbC ABC"),
    (r"(?s).", "\n"), (r"(?m)^\w+$", "one\ntwo"), (r"(?x) a  b # comment\n c", "abc"), (r"(?x)[ ]a", " a"),
    (r"[a-c-]", "a-d"), (r"[]a]", "]a"), (r"[^]a]", "]ab"), (r"[\]\\]", "]\\"), (r"[\w.-]+@[\w.-]+", "x.y-z@ex.com!"),
    (r"[\s\d]", "a 1\tb"), (r"[^\W\d]", "a1_b2"), (r"[\D]", "a1"), (r"[\S]+", "ab cd"), (r"\x41\u0042\101\0", "AB\x00AB A\x00"),
    (r"[\x41-\x43]", "ABCD"), (r"\t\n", "a\t\nb"), (r"(?a)\w+", "naïve"), (r"\w+", "naïve"), (r"(?a:\w)+", "ïab"),
    (r"\s+", "a \u00a0\u2003b\x1cc"), (r"(?a)\s", "a\u00a0b c"), (r"(a)?(?(1)b|c)", "ab c"), (r"(?P<x>a)?(?(x)b|c)", "ab c"),
    (r"(?#comment)a", "a"), (r"a|b|", "abc"), (r"\.", "a.b"), (r"[.]", "a.b"), (r"\$\^", "$^"), (r"^$", ""),
    (r"(?i)straße", "STRASSE straße"), (r"(?i)[a-z]+", "Hello"), (r"\d", "\u0661"), (r"(?a)\d", "\u06611"),
    (r"((a)|b)+", "ab"), (r"(a*)*", "b"), (r"(a*)+", "b"), (r"(a|)+b", "aab"), (r"\w+?\d", "abc1"), (r".*\Z", "ab\n"),
]
for pattern, text in tests:
    try:
        print(repr(pattern), [m.group() for m in re.finditer(pattern, text)], [m.groups() for m in re.finditer(pattern, text)][:3])
    except Exception as e:
        print(repr(pattern), type(e).__name__, e)
print(re.compile("a", re.I | re.M), re.compile("a", re.S | re.X | re.A), re.compile(b"a", re.I), re.compile("(?i)a"))
print(re.compile("(?s)(?m)a").flags, re.compile("a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L), int(re.NOFLAG), int(re.I | re.M), re.I & re.I == re.I)
print(re.compile(r"\d" * 150), re.compile(b"x\n"))
print(re.match(b"[\\x80-\\xff]+", b"\x80\xfe\x7f"), re.findall(rb"\w", b"a\xe9_"), re.match(rb"(?i)\xe9", b"\xc9"))
print(re.findall(r"[😀-😂]", "😀x😁😃"), re.findall("[^x]", "x😀y"), re.match(".{2}", "😀😀😀"), re.findall(r"\W", "a😀 b"))
print(re.findall("(?ai)[a-z]+|k", "Hello WORLD \u212a"), re.findall("(?i)[a-z]+|k", "Hello \u212a"), re.findall(r"(?ai)\xe9", "\xc9\xe9"))
print(re.findall("(?i:a(?-i:b))", "ab aB AB Ab"), re.findall("(?a:[\\w])+", "aé1"), re.findall(r"(?i)(a)\1", "aA Aa"))
v = re.compile(r"""
    (?P<int>\d+)     # the integer part
    (?:\.(?P<frac>\d*))?   # optional fraction
    [ ]?\#           # literal space and hash
""", re.VERBOSE)
print(v.match("12.5 #").groupdict(), v.match("7#").groupdict("none"), v.groups, v.groupindex)
print(re.findall(r"(?m)^(\w+):\s*(.*)$", "name: x\nage:  3\n\nbad"), re.findall(r"(\d+)|([a-z]+)", "12ab3"))
print(re.match(r"(?s)(.*)(\d)", "ab\n12").groups(), re.match(r"(.*?)(\d+)", "ab123").groups(), re.search(r"(?<=\b)x", "a x"))
