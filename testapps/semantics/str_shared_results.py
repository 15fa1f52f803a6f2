# Which str results are the object given, the shared '' or one-character str, or a new str:
# identity as CPython 3.11 shows it (the % and format writers, f-strings, format(), split pieces).
s = "abc" * 3
n = 5
one = chr(113)
EMPTY = ""
PLAIN = "plain"


class Sub(str):
    pass


sub = Sub("xyz")
sub1 = Sub("q")

# "%s" of one exact str is that str; anything around it or a subclass makes a new exact str.
print(("%s" % s) is s, ("%s" % (s,)) is s, ("x%s" % s) is s, ("%s%s" % (s, "")) is s)
r = "%s" % sub
print(r is sub, type(r) is str, r)
# One conversion over a non-str: the new str() or repr() of it, each time.
print(("%s" % n) is ("%s" % n), ("%r" % n) is ("%r" % n), ("%s" % sub1) is ("%s" % sub1), ("%s" % 1.5) == "1.5")
m = 7
print(("%s" % (m * 1)) is chr(55), ("%s" % str(m)) is ("%s" % str(m)), ("%d" % (m + 1)) is chr(56), ("%s" % s) is s)
# A written result of one Latin-1 character or none is the shared str.
print(("%d" % n) is ("%d" % n), ("%d" % n) is chr(53), ("%s%s" % ("", "")) is EMPTY)
print(("%x" % 10) is chr(97), ("%c" % 233) is chr(233), ("%c" % 0x3b1) is ("%c" % 0x3b1))
print(("%s!" % "") is chr(33), ("%.0s" % s) is EMPTY)

# str.format: "{}" of an exact str is it; of an int the written digits; of anything else new.
print("{}".format(s) is s, "{0}".format(s) is s, "{}{}".format(s, "") is s, "{} ".format(s) is s)
print("{}".format(n) is chr(53), "{}".format(sub1) is "{}".format(sub1), "{}".format(1.5) == "1.5")
print("{:d}".format(n) is chr(53), "{}{}".format("", "") is EMPTY)
print("{0}".format(sub) is sub, type("{0}".format(sub)) is str, "".format() is EMPTY)

# format(): an exact str with no spec is itself; a spec's one character is shared; str(n) is new.
print(format(s) is s, format(s, "") is s, format(sub) is sub, type(format(sub)) is str)
print(format(n, "d") is chr(53), format(n) is format(n), format(one, "") is one, format(one, "<1") is one)

# f-strings: f"{x}" of an exact str is x itself; an int, a subclass or a spec make a new str.
print(f"{s}" is s, f"{s!s}" is s, f"{s!r}" is s, f"{s:>12}" is s, f"{s}{''}" is s)
print(f"{n}" is f"{n}", f"{sub}" is sub, type(f"{sub}") is str, f"{sub!s}" is sub, f"{sub1}" == "q")
print(f"{''}" is EMPTY, f"{''}{''}" is EMPTY, f"{'x'}{''}" == "x", f"plain" is PLAIN, f"{n!r}{n}" == "55")


class Fmt:
    def __format__(self, spec):
        return "F" + spec


class StrOnly:
    def __str__(self):
        return "S"


print(f"{Fmt()}", f"{Fmt():x}", f"{StrOnly()}", f"{StrOnly()!s}", "%s" % StrOnly(), "{}".format(Fmt()))

# Pieces: empty and one-character pieces of split and strip are the shared strs.
parts = "a,,b,".split(",")
print(parts, parts[1] is EMPTY, parts[3] is EMPTY, parts[0] is chr(97))
for piece in ",x,".split(","):
    print(repr(piece), piece is EMPTY or piece is chr(120))
left, mid, right = ",,".split(",")
print(left is EMPTY, mid is EMPTY, right is EMPTY)
print("   ".strip() is EMPTY, ",.".strip(",.") is EMPTY, "xx".rstrip("x") is EMPTY, " q ".strip() is chr(113))

# '' literals are the one empty str.
print(EMPTY is str(), EMPTY is s[3:3], EMPTY is EMPTY.join([]), EMPTY is s * 0, EMPTY is "abc".replace("abc", ""))
