# str.replace with a count (and without): lengths that grow, shrink or stay, counts past the
# occurrences, overlapping matches, surrogates, subclasses and identity of the unchanged result.
cases = [
    ("row 12: 34|0x1", "row", "R"),
    ("aaaa", "aa", "b"),
    ("aaa", "a", "xyz"),
    ("abcabcabc", "abc", ""),
    ("hello", "zz", "q"),
    ("", "a", "b"),
    ("a.b.c.d", ".", "::"),
    ("\U0001F600x\U0001F600x", "x", "\U0001F601"),
    ("mississippi", "ss", "SS"),
]
for s, old, new in cases:
    for count in (-5, -1, 0, 1, 2, 3, 100):
        r = s.replace(old, new, count)
        print(repr(r), len(r), r == s.replace(old, new) if count < 0 else None)
s = "same text"
print(s.replace("q", "r", 1) is s, s.replace("e", "e", 2) == s, s.replace("e", "E", 0) is s)
print("aXbXc".replace("X", "-", True))
try:
    "aXbXc".replace("X", "-", count=1)
except TypeError as e:
    print("TypeError", e)


class S(str):
    pass


t = S("one two one")
u = t.replace("one", "1", 1)
print(u, type(u).__name__, type(t.replace("zz", "y", 1)).__name__)
print("x".replace("", "-", 2), "abc".replace("", "|", 1))
try:
    "a".replace("a", "b", "1")
except TypeError as e:
    print("TypeError", e)
big = ("ab" * 50000).replace("b", "cd", 40000)
print(len(big), big[:10], big[-10:], big.count("cd"))
