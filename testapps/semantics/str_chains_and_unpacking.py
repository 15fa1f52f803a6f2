# a + b + c chains of strs, for loops over s.split(sep), and a, b = s.split(sep) /
# s.partition(x): the results, identities and errors are CPython's whatever the operands are.

log = []


def note(tag, value):
    log.append(tag)
    return value


class Left(str):
    def __add__(self, other):
        return "Left.__add__(" + str.__str__(self) + ", " + repr(other) + ")"


class Right(str):
    def __radd__(self, other):
        return "Right.__radd__(" + repr(other) + ")"


class Plain(str):
    pass


class Obj:
    def __radd__(self, other):
        return "Obj.__radd__(" + repr(other) + ")"

    def __repr__(self):
        return "Obj()"


a, b, c = "ab", "cd", "ef"
print(a + b + c, a + "-" + b + "-" + c + "!")
print(a + "" + "", "" + b + "", "" + "" + c, repr("" + "" + ""))
s = "xyz"
print(s + "" + "" is s, "" + s + "" is s, "" + "" + s is s)
print(type(Left("L") + "m" + "n"), Left("L") + "m" + "n")
print(Right("R") + "x" + "y", "x" + Right("R") + "y", "x" + "y" + Right("R"))
print(type(Plain("p") + "q" + "r"), type("q" + Plain("p") + "r"))
print("a" + "b" + Obj())
print(note(1, "a") + note(2, "b") + note(3, "c"), log)
log.clear()
try:
    print(note(1, "a") + note(2, 5) + note(3, "c"))
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    print(note(1, 5) + note(2, "a") + note(3, "c"))
except TypeError as e:
    print(type(e).__name__, e, log)
try:
    print("a" + "b" + None)
except TypeError as e:
    print(type(e).__name__, e)
print([1] + [2] + [3], (1,) + (2,) + (3,), 1 + 2 + 3, 1.5 + 2 + 3)
x = 7
print("n=" + str(x) + "." + str(x * 2) + "!" + "?")
print(len("\U0001f600" + "a" + "\U0001f600"), len("" + "\U0001f600" + ""), ("\U0001f600" + "" + "\U0001f600")[1])
acc = ""
for i in range(200):
    acc = acc + str(i % 10) + ","
print(len(acc), acc[:20], acc[-20:])

# for loops over s.split(sep)
text = "one\ntwo\n\nthree\n"
for line in text.split("\n"):
    print(repr(line), end=" ")
print()
for part in "a::b::::c".split("::"):
    print(repr(part), end=" ")
print()
for part in "no separator here".split(","):
    print(repr(part))
for part in "a b  c".split(None):
    print(repr(part), end=" ")
print()
for part in Plain("p|q").split("|"):
    print(type(part).__name__, part, end=" ")
print()
for part in "a|b".split(Plain("|")):
    print(type(part).__name__, part, end=" ")
print()
for sep in ["", 5]:
    try:
        for part in "abc".split(sep):
            print(part)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Lines(str):
    def split(self, sep=None):
        return ["overridden", sep]


for part in Lines("x\ny").split("\n"):
    print(part)

# a, b = s.split(sep) and a, b, c = s.partition(x)
left, right = "12|ab".split("|")
print(left, right)
head, sep, tail = "key: value: more".partition(": ")
print(repr(head), repr(sep), repr(tail))
head, sep, tail = "key: value: more".rpartition(": ")
print(repr(head), repr(sep), repr(tail))
head, sep, tail = "nothing".partition(": ")
print(repr(head), repr(sep), repr(tail))
whole = "whole"
h, _, t = whole.partition("#")
print(h is whole, t)
h, _, t = whole.rpartition("#")
print(t is whole, repr(h))
(only,) = whole.split(",")
print(only, only is whole)
[p, q, r] = "1,2,3".split(",")
print(p, q, r)
for src in ["a|b|c", "a", "", "a|b"]:
    try:
        left, right = src.split("|")
        print("ok", left, right)
    except ValueError as e:
        print(type(e).__name__, e)
for n in range(5):
    try:
        got = "a,b,c".split(",") if n != 4 else []
        if n == 0:
            () = "a,b".split(",")
        elif n == 1:
            (x1,) = "a,b".split(",")
        elif n == 2:
            x1, x2, x3, x4 = "a,b,c".split(",")
        elif n == 3:
            x1, x2 = "abc".partition("b")
        else:
            x1, x2, x3, x4 = "abc".partition("b")
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a1, a2 = "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a1, a2, a3 = "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a1, a2, a3 = "abc".partition(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a1, a2 = "abc".split(3)
except TypeError as e:
    print(type(e).__name__, e)
a1, a2 = "a b".split(None)
print(a1, a2)
ps = Plain("|")
h, m, t = "a|b".partition(ps)
print(h, type(m).__name__, m is ps, t)
h, m, t = Plain("a|b").partition("|")
print(type(h).__name__, h, m, t)


class Pairs(str):
    def partition(self, sep):
        return ("x", "y")


try:
    h, m, t = Pairs("a|b").partition("|")
except ValueError as e:
    print(type(e).__name__, e)
u, v = Pairs("a|b").partition("|")
print(u, v)


class Holder:
    pass


obj = Holder()
d = {}
obj.first, d["second"] = "1=2".split("=")
print(obj.first, d)
for k in range(3):
    w1, w2 = ("k%d v%d" % (k, k)).split(" ")
    print(w1, w2, end="; ")
print()
print("\U0001f600|\U0001f600x".split("|"), [len(p) for p in "\U0001f600|\U0001f600x".split("|")])
e1, e2 = "\U0001f600|\U0001f600x".split("|")
print(len(e1), len(e2), e2[1])
# int() of short decimal texts and of what the general parser reads
for text in ["0", "007", "123456789012345678", "1234567890123456789", "-12", " 42 ", "1_000", "\u0661\u0662", "12a", "+5", ""]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(type(e).__name__, e)
