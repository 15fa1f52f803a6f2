# join, split, partition, replace and % with characters outside the BMP, lone surrogates, str
# subclasses, and the identity of a one-item join. (A lone high and a lone low surrogate brought
# together are one code point here, two in CPython: UTF-16 text cannot tell them from a pair.)
FACE = "\U0001F600"
high = "\ud83d"
low = "\ude00"


def show(label, s):
    print(label, len(s), ascii(s), [ord(c) for c in s][:12])


# join: astral pieces, separators, and surrogates that meet at a junction
show("j1", "|".join(["a", FACE, "b" + FACE]))
show("j2", FACE.join(["x", "y", "z"]))
show("j6", "".join(["abc", "", "def"]))
show("j6b", "-".join(["a" + high + "b", "c" + low + "d", FACE]))
show("j7", "-".join(("only" + FACE,)))
show("j8", ",".join(iter(["p", FACE, "q"])))
show("j9", "".join([]))
x = "abc" + str(len(FACE))
print("j10", "".join([x]) is x, "-".join((x,)) is x, ",".join([x, x]) is x)


class S(str):
    pass


j = "".join([S("sub")])
print("j11", type(j).__name__, j, j == "sub")
j = "+".join([S("a" + FACE), "b"])
print("j12", type(j).__name__, len(j), ascii(j))
for bad in ([1], ["a", 2], ["a", b"b"], 5):
    try:
        "-".join(bad)
    except TypeError as e:
        print("j13", e)

# split and partition over astral text: pieces count code points
text = "\n".join(["row %d: %s|%s" % (i, FACE * i, hex(i)) for i in range(4)])
for line in text.split("\n"):
    head, sep, tail = line.partition(": ")
    left, right = tail.split("|")
    print("s1", head, sep == ": ", len(left), ascii(left[-1:]), right.upper(), len(line))
show("s2", (FACE + "," + FACE + FACE + ",").split(",")[1])
print("s3", [len(p) for p in ("a" + FACE + "b" + FACE + "c").split(FACE)])
print("s4", ascii((high + "x" + low).partition("x")), ascii(("a" + FACE + "b").rpartition(FACE)))
print("s5", [ascii(p) for p in (FACE + " " + high + "  " + low + FACE).split()])

# replace: astral old and new
show("r1", ("a" + FACE + "b").replace(FACE, "-"))
show("r2", "row 1".replace("row", FACE))
show("r4", (FACE * 3).replace(FACE, "ab", 2))
show("r5", ("a" + FACE).replace("", "."))

# % formatting with astral arguments and templates
show("p1", "%s|%s" % (FACE, "x"))
show("p2", FACE + " %d: %s" % (7, high))
show("p3", "%5s|%-4s|" % (FACE, FACE))
show("p5", "%.1s" % (FACE + "z"))
print("p6", len("%c" % 0x1F600), len("%r" % FACE))
show("r6", ("a" + high + "b").replace("b", "c"))
show("r7", ("x" + high).replace("x", low + "y"))
show("r8", ("x" + FACE + "x").replace("x", "yz"))
show("r9", ("a" + FACE + "b").replace("a", FACE))

# upper/lower of short ASCII text, four units at a time: every length, the neighbours of the letter ranges
edge = "@AZ[`az{09 ~Mm"
for n in range(0, 36, 5):
    t = (edge * 3)[:n]
    print("c1", n, t.upper(), t.lower(), t.upper() == t.swapcase().swapcase().upper())
print("c2", "".join(chr(c) for c in range(32, 127)).upper())
print("c3", "".join(chr(c) for c in range(32, 127)).lower())
