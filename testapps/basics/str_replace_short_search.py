# str.replace on short strs (up to 32 units: searched by a scan for the first unit): matches at
# the start, end and middle, near misses of the first unit, overlapping and repeated patterns,
# an old text as long as or longer than the str, non-ASCII and surrogates, counts, results that
# outgrow 32 units, and the identity of unchanged results.
cases = [
    ("row 12345", "row", "R"),
    ("xrow", "row", "R"),
    ("rorow", "row", "R"),
    ("rowrow", "row", "R"),
    ("rrrow", "row", ""),
    ("ro", "row", "R"),
    ("row", "row", "R"),
    ("row", "rows", "R"),
    ("abab abc", "abc", "-"),
    ("aab", "ab", "X"),
    ("aaaa", "aaa", "b"),
    ("ab" * 16, "ba", "."),
    ("ab" * 16, "ab", "abc"),
    ("x" * 31 + "yz", "yz", "!"),
    ("x" * 32, "xx", "y"),
    ("x" * 32, "x", "yy"),
    ("caf\u00e9 caf\u00e9", "\u00e9", "e"),
    ("\u20ac1 \u20ac2", "\u20ac", "EUR "),
    ("a\U0001F600b\U0001F600", "\U0001F600", ":)"),
    ("a\U0001F600b", "b", "\U0001F601"),
    ("tab\tend\t", "\t", "  "),
]
for s, old, new in cases:
    for count in (-1, 0, 1, 2):
        r = s.replace(old, new, count)
        print(repr(r), len(r))
s = "short text"
print(s.replace("tex", "tex") == s, s.replace("txt", "T") is s, s.replace("short text", "") == "")
print(s.replace("text", "") , s.replace("s", "S", 1), s.replace("t", "T", -1))
print(len("row 1".replace("row", "r" * 40)), "r 1".replace("r", "") == " 1")
