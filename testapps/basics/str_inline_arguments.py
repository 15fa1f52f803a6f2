# str methods whose arguments are strs made at run time (short ones are held inline): the
# arguments' characters are read in place. Covers separators, affixes, replace/strip arguments,
# join separators, `s += x` with short pieces, "%s" % (...) of unboxed ints, and split() of short
# texts, each with surrogate pairs, lone surrogates, str subclasses and the error messages.


def made(*parts):
    # A str built at run time (not a literal): short results are inline strs.
    return "".join(parts)


class S(str):
    pass


comma = made(",", " ")
bar = made("|")
word = made("ro", "w")
line = made("row 12345: 86415|0x3039")

print(line.split(made("|")), line.split(comma), line.rsplit(made(" "), 1))
print(line.split(made(": "), 1), made("a,,b,").split(made(",")))
head, sep, tail = line.partition(made(": "))
print(head, repr(sep), tail, line.rpartition(made("|")))
print(line.partition(made("zz")), line.rpartition(made("zz")))
left, right = tail.split(bar)
print(left, right)
print(line.replace(word, made("R")), line.replace(made("3"), made(""), 2), line.replace(made("q"), made("Q")))
print(line.replace(made("0x"), made("0X") * 20))
print(line.startswith(word), line.startswith((made("x"), word)), line.endswith(made("3039")), line.endswith(made("x"), 0, 5))
print(line.find(made("12")), line.rfind(made("3")), line.index(made(":")), line.count(made("3")), line.count(made("")))
print(line.find(made("12"), 6), line.count(made("3"), 5, 12), line.rindex(made("0x")))
print(made("xxhixx").strip(made("x")), made("..a..").lstrip(made(".")), made("ab--").rstrip(made("-")))
print(made("prefix-body").removeprefix(made("prefix-")), made("body.py").removesuffix(made(".py")))
print(repr(made("ab").removeprefix(made("ab"))), made("ab").removeprefix(made("ab")) is made(), made("abc").removesuffix(made("bc")))
print(made(", ").join(["a", "b", made("c")]), made("-").join(made("xyz")))

# Surrogate pairs and lone surrogates in the arguments and the texts.
pair = made("a\U0001F600b")
print(len(pair.split(made("\U0001F600"))), pair.partition(made("\U0001F600"))[2], pair.find(made("b")))
print(ascii(pair.replace(made("a"), made("\ud83d"))), len(pair.replace(made("a"), made("\ud83d"))))
# (A lone high surrogate meeting a lone low one makes one character in PyPack, two code points in
# CPython: not exercised.)
print(ascii(made("\ude00", "x").replace(made("x"), made("\ud83d"))), len(made("\ude00", "x").replace(made("x"), made("\ud83d"))))
print(ascii(made("\ud83d").join([made("\ude00"), made("x")])), len(made("\ud83d").join([made("\ude00"), made("x")])))
print(ascii(made("\U0001F600x\ud83d").strip(made("\ud83d"))), made("x\U0001F600").count(made("\U0001F600")))
print(ascii(made("ab\ud83d").split(made("b"))), ascii(made("\ude00!").rpartition(made("!"))))

# str subclasses as arguments and receivers.
print(line.split(S("|")), line.replace(S("row"), S("R")), line.startswith(S("row")), S("a|b").split(bar))
print(S("--x--").strip(S("-")), type(S("--x--").strip(made("-"))).__name__, made("|").join([S("a"), S("b")]))

# Errors keep CPython's messages.
for call in (lambda: line.split(made("")), lambda: line.partition(made("")), lambda: line.replace(1, "x"),
             lambda: line.replace("x", 2), lambda: line.find(3), lambda: line.strip(4), lambda: line.startswith(5),
             lambda: line.removeprefix(6), lambda: made(",").join([1]), lambda: line.split(7)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# s += x with short pieces, then with pairs split across the pieces.
s = ""
for i in range(300):
    s += str(i % 10)
print(len(s), s[:12], s[-5:])
t = made("x") * 70
t += made("\ude00")
t += made("\ud83d", "y")
print(len(t), ascii(t[-3:]))
u = made("y") * 70
for piece in (made("\U0001F600"), made("ab"), made("\ud83d")):
    u += piece
    u += piece
print(len(u), ascii(u[-4:]))

# "%s" % (...) with unboxed ints, str() and hex(): short, long and negative results.
def rows(n):
    out = []
    for i in range(n):
        out.append("row %d: %s|%s" % (i - 3, str(i * 7), hex(i - 3)))
    return out

print(rows(6))
def long_rows(n):
    out = []
    for i in range(n):
        out.append("%s %d %s %s" % (hex(-i * 10**15), i, "y" * 120, "z" * 150))
    return out

print([len(x) for x in long_rows(3)], long_rows(2)[1][:40])
def pct(n):
    return ["%d%%%s" % (i, str(-i)) for i in range(n)]

print(pct(3), "%s" % (made("q"),), "%s|%s" % (made("\U0001F600"), 5))

# split() of short texts: ASCII and non-ASCII whitespace, padding never counted as a word.
for text in ("", " ", "a", " a ", "a b  c", "x\ty\nz", "\x1c a \x1f", "a\u00a0b", "a\u3000b c", "a\u2028b",
             "w" * 31, "w" * 31 + " ", "w " * 16, "é b", "\U0001F600 \U0001F600x"):
    words = made(text).split()
    print(len(words), ascii(words))
for w in made("the quick  brown\tfox").split():
    print(w, end=";")
print()

# s * n, step slices and repr() read the text in place.
ab = made("ab")
print(ab * 3, 3 * ab, repr(ab * 0), ab * 1 is ab, ab * 17, len(made("xyz") * 40), (made("-") * 50)[:3])
sub = S("ab")
print(type(sub * 1).__name__, sub * 1 == "ab", type(sub * 2).__name__)
print(ascii(made("\U0001F600") * 3), len(made("\U0001F600") * 3), len(made("\ud83d", "x\ude00") * 20))
try:
    ab * (2 ** 70)
except OverflowError as e:
    print("OverflowError", e)
digits = made("0123456789abcdefghij")
print(digits[::2], digits[::-1], digits[1::3], digits[-1:-8:-2], (digits * 3)[::-1], (digits * 4)[5:70:4])
print(ascii(made("a\U0001F600b\U0001F600c")[::2]), ascii(made("a\U0001F600b\U0001F600c")[::-1]))
print(repr(made("plain text")), repr(made("it's")), repr(made("say \"hi\"")), repr(made("both ' and \"")))
print(repr(made("tab\there")), repr(made("back\\slash")), repr(made("caf\u00e9 \x7f \x00")), repr(made("\U0001F600 \ud83d")))
print([made("x", "y"), made("a'b")], {made("k"): made("v\n")})

# f-string fields of strs with a constant spec: padding, precision, fill, centring, pairs.
name = made("path")
for w in (2, 4, 9):
    print(f"[{name:<9}|{name:>9}|{name:^9}|{name:*^10}|{name:.2}|{name:{w}}|{name:8.3}|{name!r:>10}]")
cafe, with_pair, pair_first = made("caf", "\u00e9"), made("a", "\U0001F600", "b"), made("\U0001F600", "xy")
print(f"[{cafe:>6}|{with_pair:>5}|{pair_first:.2}|{S('sub'):>5}|{name:>300}]".replace(" " * 50, "_"))
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{name:+}")
except ValueError as e:
    print("ValueError", e)
