# Building strs with += in loops: every intermediate value stays what it was, whoever shares it.
s = ""
snapshots = []
for i in range(300):
    s += str(i % 10)
    if i % 97 == 0:
        snapshots.append(s)
print(len(s), s[:20], s[-20:], hash(s) == hash("".join(str(i % 10) for i in range(300))))
print([len(x) for x in snapshots], snapshots[-1][-5:])

# A prefix that was extended keeps its own value; extending it again gives a separate result.
base = "x" * 100
a = base + "A"
a2 = a + "B"           # a2 shares storage with a
b = a + "C"            # a is not the end of that storage any more
c = a2 + "D"
print(a[-3:], a2[-3:], b[-3:], c[-3:], len(a), len(a2), len(b), len(c))
print(a2 == a + "B", b == a + "C", c == a + "BD", a < a2, b > a2)

# As dict keys and set members, built strs equal their literal twins.
key = ""
for ch in "dictionary-key-" * 6:
    key += ch
d = {key: 1}
print(d.get("dictionary-key-" * 6), key in {"dictionary-key-" * 6}, key.count("-"))

# Characters outside the BMP: lengths and indexing count code points.
t = "a" * 70
for ch in ["\U0001F600", "b", "\u00e9", "\U00010348", "z"]:
    t += ch
print(len(t), ascii(t[-5:]), ascii(t[70]), t.index("z"))
u = t + ""
print(u is t, len(u))

# A str subclass keeps its own '+'; the result of str + str is an exact str.
class Tagged(str):
    def __add__(self, other):
        return Tagged("<" + str.__add__(self, other) + ">")

w = Tagged("q" * 80)
w += "r"
w += "s"
print(type(w).__name__, w[:2], w[-4:], len(w))
plain = "p" * 80
plain += Tagged("t")
plain += "u"
print(type(plain).__name__, plain[-3:])

# Augmented assignment on a name bound elsewhere too.
x = "m" * 90
y = x
x += "n"
x += "o"
print(len(x), len(y), y[-1], x[-2:])
try:
    bad = "abc" * 30
    bad += 5
except Exception as e:
    print(type(e).__name__, e)
