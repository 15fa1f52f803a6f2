# Strs built by += share growable storage until their characters are needed: reading one
# (methods, hashing, printing) in between appends must never change what any of them holds.
s = "k" * 64
kept = []
for i in range(200):
    s += chr(97 + i % 26)
    if i % 50 == 7:
        kept.append((s, s.upper()[-3:], hash(s) == hash(str(s)), len(s)))
    if i % 33 == 0:
        s.endswith("z")
print(len(s), s[60:70], s[-5:])
print([(len(k), u, h, n) for k, u, h, n in kept])
print([k[-2:] for k, _, _, _ in kept])

# A prefix read after its storage was extended still ends where it ended.
p = "p" * 70
p += "1"
q = p + "2"
r = q + "3"
print(p, q[-3:], r[-3:])
print(p + "x" == "p" * 70 + "1x", q + "y" == "p" * 70 + "12y", len(p + "x"), len(q + "y"))
q2 = q + "Q"           # q is no longer the end of the storage: a copy, r keeps its value
print(q2[-3:], r[-3:], q[-3:], len(q2), len(r))

# Length before and after the characters are read, with non-BMP code points in the mix.
t = "t" * 65
t += "\U0001F600"
n1 = len(t)
t += "e"
t2 = t.replace("e", "E")
t += "\U00010348"
print(n1, len(t), len(t2), ascii(t[-3:]), ascii(t2[-2:]), t[65] == "\U0001F600")
for ch in "abc":
    t += ch
print(len(t), ascii(t[-5:]), t.count("t"), t.find("\U00010348"))

# Empty operands and repetition of a built str.
e = "e" * 64
e += ""
e += "f"
e += ""
print(len(e), e[-2:], len(e * 2), (e * 2)[-2:], "" + e == e)
