# UserString methods: the ones that make a string return the (sub)class, the others what str gives.
from collections import UserString


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("  Hello, World  ")
for name in ("upper", "lower", "strip", "lstrip", "rstrip", "title", "swapcase", "capitalize", "casefold"):
    result = getattr(s, name)()
    print(name, repr(result), type(result).__name__)
print(repr(s.shout()), type(s.shout()).__name__)
print(repr(s.center(20, "*")), repr(s.ljust(18, ".")), repr(s.rjust(18)), repr(Shout("7").zfill(3)))
print(repr(s.replace("l", "L")), repr(s.replace(UserString("o"), UserString("0"), 1)))
print(repr(Shout("abc").removeprefix("a")), repr(Shout("abc").removesuffix(UserString("c"))))
print(repr(Shout("a\tb").expandtabs(4)), repr(Shout("abc").translate({97: "z"})))
print(s.split(","), s.rsplit(None, 1), Shout("a\nb").splitlines(), Shout("a\nb").splitlines(True))
print(s.partition(","), s.rpartition("o"))
print(s.find("o"), s.find(UserString("o")), s.rfind("o"), s.index("W"), s.rindex("l"), s.count("l"), s.count(UserString("l"), 5))
print(s.startswith("  H"), s.endswith(("x", "  ")), s.strip().isalpha(), Shout("12").isdigit(), Shout("ab").isidentifier())
print(Shout("Ab Cd").istitle(), Shout("AB").isupper(), Shout("ab").islower(), Shout(" ").isspace(), Shout("x").isascii())
print(Shout("1").isdecimal(), Shout("1").isnumeric(), Shout("a1").isalnum(), Shout("\t").isprintable())
print(Shout(",").join(["a", "b"]), type(Shout(",").join("ab")).__name__)
print(Shout("{}-{x}").format(1, x=2), Shout("{a}").format_map({"a": 3}), type(Shout("{}").format(1)).__name__)
print(s.encode(), Shout("é").encode("latin-1"), Shout.maketrans("a", "b"))
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
