# Short and long results of % and str.format: texts, identity where CPython shares, errors.
class S(str):
    def __str__(self):
        return "S-str"

class F:
    def __format__(self, spec):
        return "F<%s>" % spec
    def __str__(self):
        return "{}|{}".format("inner", 7)

short = "ab" + "cd"          # a short str made at run time
long_ = "x" * 40
words = ["%s=%s" % (short, i) for i in range(3)]
print(words)
print("%s-%s" % (short, long_))
print("%s" % (short,) is short, "%s" % short is short)
print("%5s|%-6s|%.1s" % (short, short, short))
print("%s %r %a" % (S("q"), short, "é"))
print("%(a)s/%(b)d" % {"a": short, "b": 5})
empty, five, z = "", "5", "z"
print(repr("%s" % empty), "%s" % empty is empty, "%d" % 5 is five, "%s" % 5 == five)
print("x%sy" % empty == "xy", ("%s" % z) is z)
print("{}".format(short) is short, "{0}".format(short) is short)
print("{}".format(5), "{}".format(5) is five, "{}".format(empty) is empty)
print("{}{}".format(short, 12), "{:>8}".format(short), "{!r}".format(short))
print("{a}-{b[0]}".format(a=short, b=[long_]))
print("{:{w}}|".format(short, w=7), "{0:{1}}|".format(3, "05"))
print("{}".format(F()), "{:xy}".format(F()), "%s" % F())
print("{}-{}".format(-12, 2**70), "%d-%s" % (-12, 2**70))
a = "a"
print("no fields".format(), "".format() is empty, a.format() is a)
print("{}".format(S("v")), "%s" % S("v"))
try:
    "{".format(1)
except ValueError as e:
    print(e)
try:
    "%s %s" % (short,)
except TypeError as e:
    print(e)
try:
    "{0} {2}".format(1, 2)
except IndexError as e:
    print(e)
print(len("%s" * 20 % tuple(range(20))), "%s|%s" % ("\U0001f600", long_[:3]), len("{}é{}".format("\U0001f600", 1)))
