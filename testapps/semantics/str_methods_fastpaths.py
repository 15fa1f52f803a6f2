# str methods whose common cases take shortcuts: strip, split, join, case, %-formatting, hex.
print(repr("  a b  ".strip()), repr("\t\n x \x1c\x1f".strip()), repr("\u3000x\u2028".strip()))
print(repr(",.word,.".strip(",.")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(ascii("\U0001F600a\U0001F600".strip("\U0001F600")), ascii("\U0001F600b".strip("\U0001F600")))
print(ascii("\U0001F600b".strip("\ude00")), repr("abc".strip("")), repr("".strip()))

class S(str):
    pass

r = S("same").strip()
print(type(r).__name__, r, type(S(" x ").strip()).__name__)
print("a  b\tc\n".split(), " a b ".split(None, 1), " a b c ".rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "abc".split("|"))
print("x--y--z".split("--"), "x--y--z".rsplit("--"), "".split(","), "".split())
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(iter(["p", "q"])), "+".join([]), "+".join(["solo"]))

class L(list):
    def __iter__(self):
        return iter(["from", "iter"])

print("/".join(L(["ignored"])))
try:
    "-".join(["a", 1])
except Exception as e:
    print(type(e).__name__, e)
try:
    "-".join(5)
except Exception as e:
    print(type(e).__name__, e)
print("MiXeD 123".lower(), "MiXeD 123".upper(), "already lower".lower(), "ÉCOLE ΣΑΣ".lower(), "straße".upper())
print("%s-%d-%i|%5d|%-4s|%05d|%x|%s" % ("a", 12, -7, 42, "z", -3, 255, 3.5))
print("%s and %s" % ("only", S("sub")), "%d%%" % 50, "%d" % True, "%s" % (None,), "100%% %s" % "done")
print("%(a)s=%(b)d" % {"a": "k", "b": 2}, "%d" % 2**70, "%s" % -0)
print(hex(0), hex(255), hex(-255), hex(2**64), hex(-(2**63)), hex(2**200 + 1))
print(oct(8), oct(-9), bin(5), bin(-(2**65)), oct(2**70), bin(0))
print(f"{2**130:x}", f"{-(2**130):#X}", f"{255:o}", "%x" % 2**100, "%#o" % -(2**66))
