# '%' formatting whose arguments format too (a __str__ that uses '%'), and str.split on
# separators where the piece count differs from a naive count (overlaps, maxsplit, edges).
class Inner:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "<%d:%s>" % (self.n, "x" * self.n)


class Bad:
    def __str__(self):
        raise ValueError("no str for %s" % "Bad")


print("a %s b %s c %d" % (Inner(2), Inner(0), -17))
print("%s" % Inner(3), "%s" % (Inner(1),))
print("%d %i %s" % (2**63, -2**64, [1, "%s"]))
try:
    print("%s and %s" % (Inner(1), Bad()))
except Exception as e:
    print(type(e).__name__, e)
print("after error %s %d" % ("ok", 5))
for args in [(1,), (1, 2, 3)]:
    try:
        print("%d %d" % args)
    except Exception as e:
        print(type(e).__name__, e)
print("%(a)s-%(b)d" % {"a": Inner(1), "b": 4})
print("%s" % ((1, 2),), "%s" % [3, 4], "%r" % "q")

long = "ab" * 100
print(len(long.split("a")), long.split("a")[:3], long.split("a")[-2:])
over = "a" * 101
print(len(over.split("aa")), over.split("aa")[-1])
print(len(over.split("aa", 3)), over.split("aa", 3)[-1][:5])
print(len(("x," * 80).split(",")), ("x," * 80).split(",")[-1] == "")
print(("," * 70).split(",").count(""))
print(len(("é|" * 50 + "\U0001F600|" * 30).split("|")), ("é|" * 50 + "\U0001F600|" * 30).split("|")[-2])
print(("q" * 70).split("q") == [""] * 71, ("abc" * 30).split("abcabc")[:2])
print(("abc" * 30).rsplit("c", 2)[-2:], len(("abc" * 30).rsplit("c")))
