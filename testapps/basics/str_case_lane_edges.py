# upper()/lower() of texts of every length up to past the short path's limit: the characters
# around the ASCII letter ranges ('@' '[' '`' '{'), a non-ASCII character at each position (the
# whole text then maps by Unicode's rules), text with nothing to change (a new object all the same).
EDGES = "@AZ[`az{09 \x7f"
for n in range(0, 41):
    t = "".join(EDGES[(i * 5) % len(EDGES)] for i in range(n))
    u, l = t.upper(), t.lower()
    print(n, repr(u), repr(l), len(u) == n, u.lower() == l, hash(u) == hash(t.upper()))
for n in (1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33):
    base = "aBcD" * 9
    for k in range(n):
        for odd in ("\u00e9", "\u0130", "\u00df", "\u0100", "\U0001F600"):
            t = base[:k] + odd + base[k + 1:n]
            print(n, k, ascii(t.upper()), ascii(t.lower()))
for t in ("", "abc", "x" * 32, "y" * 33, "12345", "ABC"):
    print(repr(t), t.lower() is t, t.upper() is t, t.lower() == t.lower().lower())
class S(str):
    pass
s = S("MiXeD")
print(type(s.lower()).__name__, s.lower(), s.upper(), type(s.upper()).__name__)
# Results of no character or one Latin-1 character are CPython's shared strs.
for t in ("a", "A", "1", "\u00e9", "\u00c9", "\u00df", "\u00ff", "\u0101", "\U0001F600", ""):
    print(ascii(t), t.upper() is t.upper(), t.lower() is t.lower(), t.upper() is t, t.lower() is t)
a, A, empty, e, E = "a", "A", "", "\u00e9", "\u00c9"
print(a.upper() is A, A.lower() is a, empty.upper() is empty, e.upper() is E)
