# strs of every length around the runtime's storage boundaries (0, 1, 8, 9, 16, 17, 24, 25,
# 32, 33 UTF-16 units), made by many producers, with and without surrogate pairs, astral chars
# and lone surrogates, mixed with str subclasses: they must hash, compare, index and format alike.
import json
import re

LENGTHS = [0, 1, 2, 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 32, 33, 64]
ASTRAL = "\U0001F600"  # one code point, two UTF-16 units


def texts(n):
    base = "".join(chr(ord("a") + i % 26) for i in range(n))
    yield base
    if n >= 1:
        yield base[:-1] + "\u00e9"
        yield base[:-1] + "\u4e2d"
        yield base[:-1] + ASTRAL
        yield ASTRAL + base[1:]
    if n >= 2:
        yield base[:-2] + ASTRAL


class S(str):
    pass


class Loud(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


def made_ways(t):
    """The same text made by different producers."""
    ways = {
        "literal": t,
        "slice": ("<" + t + ">")[1:-1],
        "split": ("<" + t + ">").split("<")[1].split(">")[0] if t else "",
        "partition": ("#" + t).partition("#")[2],
        "join": "".join([t[:len(t) // 2], t[len(t) // 2:]]),
        "concat": t[:3] + t[3:],
        "percent": "%s" % (t[:1],) + t[1:],
        "fstring": f"{t[:2]}{t[2:]}",
        "format": "{}{}".format(t[:4], t[4:]),
        "replace": ("@" + t).replace("@", ""),
        "strip": ("  " + t + "  ").strip(),
        "lower_upper": t.upper().lower() if t == t.lower() and t.isascii() else t,
        "json": json.loads(json.dumps(t)),
        "re": re.match(r"(?s)(.*)", t).group(1),
        "subclass": S(t),
    }
    return ways


def check_text(t):
    ways = made_ways(t)
    h = hash(t)
    bad = [k for k, v in ways.items() if v != t or hash(v) != h or len(v) != len(t)]
    d = {t: "k"}
    missing = [k for k, v in ways.items() if d.get(v) != "k"]
    st = set(ways.values())
    return bad, missing, len(st)


for n in LENGTHS:
    for t in texts(n):
        bad, missing, distinct = check_text(t)
        print(n, len(t), ascii(t[:3]), ascii(t[-3:]), bad, missing, distinct)

# Ordering across forms: code point order, an astral char above U+E000..U+FFFF.
words = []
for n in LENGTHS:
    words.extend(texts(n))
words.append("\uffff" * 3)
words.append("\ue000" * 9)
words.append(S("abc"))
words.append(Loud("abcdefghi"))
srt = sorted(words)
print([ascii(w[:4]) + str(len(w)) for w in srt])
print(sorted(words, key=lambda w: (len(w), w))[:6] == sorted(words, key=lambda w: (len(w), w))[:6])
print([ascii(w[:3]) for w in sorted(set(w for w in words if len(w) < 10))])

# Dict and set order under PYTHONHASHSEED=0 with keys made by splitting.
line = " ".join(("k%d" % i) * (i % 5 + 1) for i in range(40))
keys = line.split()
counts = {}
for k in keys + keys[::3]:
    counts[k] = counts.get(k, 0) + 1
print(list(counts.items())[:8])
print(list(set(keys))[:10])
print(sorted(counts, key=counts.get)[:5])

# Lone surrogates (not pairs) and astral chars at each boundary.
hi, lo = "\ud83d", "\ude00"
for pad in (0, 6, 7, 15, 16, 23, 24, 30, 31):
    a = "x" * pad + hi
    b = lo + "y" * pad
    c = "x" * pad + ASTRAL
    print(pad, len(a), len(b), len(c), ascii(a[-2:]), ascii(b[:2]), ascii(c[-1]), a == "x" * pad + hi, hash(b) == hash(lo + "y" * pad),
          {a: 1, b: 2, c: 3}.get("x" * pad + hi), c.find(ASTRAL), c[pad:] == ASTRAL, len(c + c), (c + "z")[-2:] == ASTRAL + "z",
          len("".join([c, "z" * 9])), len("%s%s" % (c, "z")), len(f"{c}{c}"), len(c.replace("x", "")), c.upper() == "X" * pad + ASTRAL)

# Indexing, slicing, searching on each size class.
for n in (8, 9, 16, 17, 24, 25, 32, 33):
    t = "".join(chr(ord("A") + i % 26) for i in range(n))
    u = t.lower()
    print(n, t[0], t[-1], t[n // 2], t[1:-1][-2:], t[::2][:3], t[::-1][:3], u.find(u[-3:]), u.rfind("a"),
          u.index(u[n // 2:]), u.startswith(u[:4]), u.endswith(u[-4:]), u in ("_" + u + "_"), u.count("a"),
          u.upper() == t, t.swapcase() == u, u.title()[:3], u.split(u[n // 2])[0][-2:], u.partition(u[5])[2][:3],
          u.rpartition(u[-1])[0][-2:], u.center(n + 4, "*")[:3], u.zfill(n + 2)[:3], u.isalpha(), u.isascii(),
          u.encode()[:3], repr(u)[:4], u * 2 == u + u, len(u * 3), u.replace(u[2], "__", 1)[:5],
          u.strip(u[0] + u[-1])[:2], u.lstrip(u[0])[:1], u.rstrip(u[-1])[-1:], int(str(n) * 2) == int(str(n) + str(n)))

# Identity CPython guarantees for exact strs.
s = "hello world, size classes!"
print(s[:] is s, "%s" % s is s, "".join([s]) is s, s.strip() is s, str(s) is s, s + "" is s, "" + s is s,
      s.replace("zz", "y") is s, s.split("|")[0] is s, s.partition("|")[0] is s, f"{s}" is s)
one, empty, abc = "b", "", "abc"
print(abc[1] is abc[1], abc[1] == one, "".join([]) is empty, one[0:0] is empty)
sub = S("hello")
print(type(sub[:]) is str, type(sub + "") is str, type("%s" % sub) is str, type(sub.strip()) is str,
      sub == "hello", hash(sub) == hash("hello"), {sub: 1}["hello"], {"hello": 2}[sub])

# Numbers to text and back.
for v in (0, 7, -8, 12345678, 2**31, -2**63, 2**64, 10**30):
    t = str(v)
    print(t, hex(v), oct(v), bin(v)[:12], len(t), int(t) == v, float(t[:10]) if t else 0, "%d|%x|%s" % (v, v, v),
          f"{v:>12}", "{:_}".format(v), json.dumps([t, v]), t.encode())

# json and re over mixed sizes.
doc = {("k" * n): ("v" * n + ASTRAL * (n % 2)) for n in LENGTHS}
text = json.dumps(doc, ensure_ascii=False)
back = json.loads(text)
print(back == doc, len(text), [len(k) for k in back][:5], json.dumps(doc)[:60])
print(re.findall(r"\w{8,9}", "short exactly8 nineeeeee tenzzzzzzz " + "q" * 33), re.sub(r"(\w+)", r"<\1>", "ab " + "c" * 17)[:12])
print(re.split(r",", "a," + "b" * 16 + ",c" * 3), [m.group(0) for m in re.finditer(r"z+", "z" * 9 + "-" + "z" * 33)])
