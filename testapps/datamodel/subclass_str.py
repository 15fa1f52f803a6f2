# Subclassing str: methods return plain str, overrides of __str__/__repr__/__eq__/__hash__.
class Name(str):
    def greet(self):
        return "hello " + self


n = Name("Ada")
print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, type(n + "x").__name__)
print(n == "Ada", "Ada" == n, hash(n) == hash("Ada"), {n: 1}["Ada"], {"Ada": 2}[n])
print(len(n), n[0], type(n[0]).__name__, n[:], type(n[:]).__name__, list(n), "d" in n)
print(str(n), type(str(n)).__name__, f"{n}", f"{n:>5}|", "%s" % n, "{}".format(n), n * 2)
print(n.startswith("A"), n.split("d"), "-".join([n, n]), sorted([Name("b"), Name("a")]))
n.tag = 1
print(n.tag, vars(n))


class Shout(str):
    def __str__(self):
        return self.upper() + "!"

    def __repr__(self):
        return "Shout(" + super().__repr__() + ")"


s = Shout("hey")
print(s)
print(str(s), repr(s), [s], f"{s}", f"{s!s}", f"{s!r}", "%s" % s, "%r" % s, format(s, ""))
print(s + "x", s == "hey", len(s))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


a = Caseless("Hello")
print(a == "HELLO", a != "hello", "HELLO" == a, a in ["hello"], a in {"hello": 1}, {a: 1}.get("hello"))


class Strip(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip())


t = Strip("  pad  ")
print(repr(t), len(t), isinstance(t, str))
try:
    Name(b"x", "bad-encoding")
except LookupError as e:
    print(type(e).__name__, e)
try:
    str.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(Name(), repr(Name()), Name(5), Name([1, 2]))
