# search/match/fullmatch of patterns without groups (the engine takes only the whole span): pos and
# endpos, anchors at them, look-behind before pos, empty matches, text with characters above U+FFFF.
import re

cases = [
    (r"\d+", "abc 123 def 45", 0, 99),
    (r"\d+", "abc 123 def 45", 5, 99),
    (r"\d+", "abc 123 def 45", 0, 5),
    (r"^\w+", "hello world", 6, 99),
    (r"\w+$", "hello world", 0, 5),
    (r"(?<=a)b", "ab", 1, 2),
    (r"(?<!a)b", "ab", 1, 2),
    (r"x*", "abc", 1, 3),
    (r"\b", "ab cd", 2, 5),
    (r"\Bc", "abc", 0, 3),
    (r"[^a]+", "a\U0001F600b\U0001F600", 0, 99),
    (r"\U0001F600.", "a\U0001F600b\U0001F600", 1, 99),
    (r"(?:ab)+", "xababab", 1, 6),
    (r"(?i)straße", "STRASSE straße", 0, 99),
    (r"\Z", "abc", 0, 2),
    (r"$", "a\n", 0, 99),
]
for pattern, text, pos, endpos in cases:
    p = re.compile(pattern)
    for name in ("search", "match", "fullmatch"):
        m = getattr(p, name)(text, pos, endpos)
        print(pattern, name, pos, endpos, m and (m.span(), m.group(), m.groups(), m.lastindex, m.pos, m.endpos))
p = re.compile(rb"\w+")
print(p.search(b"  ab  ").span(), p.match(b"ab", 1), p.fullmatch(b"ab"))
print(re.search(r"\d", "x9"), re.match("a", "ab"), re.fullmatch("ab?", "a"))
