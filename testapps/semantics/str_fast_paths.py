# str fast paths (pieces without a surrogate scan, case mappings keeping a computed hash,
# shared one-character pieces, dict key equality) must keep CPython's results and identities.
words = "Alpha beta GAMMA beta, alpha\tdelta\n a  b".split()
print(words)
freq = {}
for w in words:
    w = w.strip(",").lower()
    freq[w] = freq.get(w, 0) + 1
print(freq)

# upper()/lower() return a new object even when nothing changes; strip() of nothing does not.
s = "abc"
h = hash(s)
low = s.lower()
print(low is s, low == s, hash(low) == h, s.strip() is s, s.upper() is s)
d = {s: 1}
print(d[low], d.get(s.upper().lower()), low in d)

# One-character pieces are the shared Latin-1 strs.
print("xa b"[1:].split()[0] is chr(97), "a,b".split(",")[1] is chr(98))
print("a:b".partition(":")[0] is chr(97), " a ".strip() is chr(97), " \xe9 ".strip() is chr(233))

# Surrogate pairs and lone surrogates in pieces: lengths and indexes count code points.
t = "x\U0001F600y z\ud800w \U0001F601"
for piece in t.split():
    print(len(piece), [hex(ord(c)) for c in piece])
for piece in t.split(" "):
    print(len(piece), [hex(ord(c)) for c in piece], piece == t[:3])
a, _, b = t.partition("z")
print(len(a), len(b), ascii(a[-1]), ascii(b[0]))
print(len(" \U0001F600 ".strip()), ascii("..\ud83d..".strip(".")), len("\U0001F600a".lower()))

# A str subclass: methods give exact strs; a subclass key with its own __eq__/__hash__ is asked.
class Loud(str):
    def __eq__(self, other):
        print("eq", str.__repr__(self), repr(other))
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)

k = Loud("key")
print(type(k.lower()).__name__, type(k.split()[0]).__name__, type(k.strip()).__name__)
d = {k: 1}
print(d.get("key"), d.get(Loud("key")), "key" in d)
d2 = {"key": 2}
print(d2.get(Loud("key")))

# Non-ASCII case mappings.
print("STRASSE \xdf".lower(), "stra\xdfe".upper(), "\u0130".lower(), len("\u0130".lower()))
print({w.lower(): i for i, w in enumerate("\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2".split())})

# int() of an exact str parses it; a str subclass's own __int__ is still used.
class Seven(str):
    def __int__(self):
        return 7

print(int("  42 "), int("-1_000"), int(Seven("12")), int(str(10**20)) == 10**20)
try:
    int("4x")
except ValueError as e:
    print(type(e).__name__, e)

# split() sizes its list by counting first; the pieces must not change.
for text in ["", " ", "a", " a b  c ", "a,b,,c,", "aaaa", "x\u2003y\x1cz"]:
    print(text.split(), text.split(None, 1), text.rsplit(None, 1), text.split(","), text.split("aa"),
          text.rsplit("aa"), text.split(",", 2), text.rsplit(",", 1), text.split("a", 0))
big = " ".join(str(i) for i in range(50000))
parts = big.split()
parts.append("end")
print(len(parts), parts[-3:], len(big.split(" ", 10)), [len(p) for p in big.rsplit(" ", 2)])
