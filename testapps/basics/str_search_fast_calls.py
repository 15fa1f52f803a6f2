# str search methods called with one argument (two for replace), the calls compiled code takes
# directly: results, code point positions past astral characters, errors, subclasses.
s = "row 12: a|b row"
print(s.find("row"), s.rfind("row"), s.find("zz"), s.rfind("zz"), s.find(""), s.rfind(""))
print(s.index("12"), s.rindex("row"), s.count("row"), s.count(""), s.count("x"))
print(s.startswith("row"), s.startswith(("x", "ro")), s.endswith("row"), s.endswith(("w",)), s.endswith(""))
print(s.replace("row", "R"), s.replace("zz", "y"), s.replace("", "-")[:12])

# Astral characters are one code point each: positions count them once.
a = "\U0001F600x\U0001F600yx"
print(a.find("x"), a.rfind("x"), a.index("y"), a.rindex("\U0001F600"), a.count("\U0001F600"), len(a))
print(a.find("\U0001F600y"), a.find("zzzzzzz"), a.replace("\U0001F600", "E"), ascii(a.replace("x", "")))
print("ab".find("abc"), "\U0001F600".find("\U0001F600\U0001F600"))

# Identity: replace that changes nothing gives the str itself.
t = "hello world"
print(t.replace("zz", "q") is t, t.replace("o", "o") == t)

for call in (lambda: s.find(1), lambda: s.rfind(None), lambda: s.count(2), lambda: s.index("nope"),
             lambda: s.rindex("nope"), lambda: s.startswith(3), lambda: s.endswith(["x"]),
             lambda: s.startswith(("a", 1)), lambda: s.replace(1, "x"), lambda: s.replace("x", 2),
             lambda: s.replace(1, 2, "z"), lambda: s.replace("r", "R", "z")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Loud(str):
    def find(self, sub):
        return "find:" + sub


class Plain(str):
    pass


p = Plain("xyzxy")
print(type(p.replace("x", "Q")).__name__, p.replace("x", "Q"), type(p.replace("nope", "Q")).__name__)
print(p.find("y"), p.rfind("y"), p.count("xy"), p.startswith("xy"), p.endswith("zxy"))
print(Loud("abc").find("b"), Loud("abc").rfind("b"), Loud("abc").index("c"))

# Methods taken as values and called later go the same way.
f = "a,b,c".find
r = "a,b,c".replace
print(f(","), r(",", ";"), list(map("banana".count, ["a", "an", "x"])))
print(str.find("abc", "c"), str.replace("abc", "b", "B"), str.startswith("abc", "ab"))
