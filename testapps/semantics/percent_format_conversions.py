# printf-style '%' conversions: flags, width, precision and the types most templates use, for
# ints (small, negative, bool, subclasses, past 64 bits), floats (signs, -0.0, nan, inf) and strs
# (subclasses, surrogate pairs, lone surrogates), with CPython's errors.


class MyInt(int):
    def __str__(self):
        return "MyInt-str"

    def __repr__(self):
        return "MyInt-repr"


class MyStr(str):
    def __str__(self):
        return "MyStr-str"


class MyFloat(float):
    def __str__(self):
        return "MyFloat-str"


class Shown:
    def __str__(self):
        return "shown\U0001F600"

    def __repr__(self):
        return "Shown()"


ints = [0, 7, -7, 255, -255, 1234567890123, -10**18, 2**63 - 1, -2**63, 2**64 + 5, -2**70, True, False, MyInt(12), MyInt(-3)]
int_specs = ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%5d", "%-5d|", "%05d", "%+d",
             "% d", "%+05d", "%-+6d|", "%.3d", "%8.3d", "%-8.3x|", "%#010x", "%# x", "%0-5d|", "%s", "%5s",
             "%-5s|", "%.1s", "%r", "%c" if False else "%s"]
for spec in int_specs:
    print(spec, "->", [spec % (v,) for v in ints])

floats = [0.0, -0.0, 1.5, -2.25, 3.14159, 1e16, 1.5e-7, 123456789.125, float("inf"), float("-inf"),
          float("nan"), MyFloat(2.5), 7, -3, True]
float_specs = ["%f", "%.2f", "%8.3f", "%-8.1f|", "%08.2f", "%+.1f", "% .1f", "%#.0f", "%e", "%.3E",
               "%g", "%G", "%.0g", "%#g", "%10.4g", "%-10.2e|", "%F", "%+08.2F", "%010.1f", "%s", "%r"]
for spec in float_specs:
    print(spec, "->", [spec % (v,) for v in floats])

strs = ["", "a", "héllo", "ab\U0001F600cd", "\ud800x", "x\udc00", MyStr("sub"), Shown(), None, [1, "2"]]
str_specs = ["%s", "%5s", "%-5s|", "%.2s", "%6.3s", "%-6.3s|", "%05s", "%+s", "%r", "%8r", "%.4r", "%a"]
for spec in str_specs:
    print(spec, "->", [spec % (v,) for v in strs])

print("%*d|%-*d|%.*f|%*s|" % (5, 42, 4, 7, 2, 3.14159, -6, "ab"))
print("%(a)s %(b)05d %(c).2f %(a)r" % {"a": "x", "b": 42, "c": 2.5})
print("100%% %s%%" % "done")
print("%d%s%x%%%5.1f" % (1, "two", 255, 9.99))
print("%c%c%c" % (65, "é", 0x1F600))

for template, args in [("%d", "x"), ("%x", 2.5), ("%f", "x"), ("%d %d", (1,)), ("%d", (1, 2)),
                       ("%z", 1), ("%", 1), ("%(a", {"a": 1}), ("%(a)d", 1), ("%c", 0x110000),
                       ("%c", "ab"), ("%.2d", None), ("%e", None), ("%*d", ("a", 1)), ("%s %s", "ab")]:
    try:
        print(repr(template % args))
    except Exception as e:
        print(template, type(e).__name__, e)
print("%d" % 3.99, "%x" % True, "%i" % -2.5, "%o" % 0, "%5.2x" % -1)
