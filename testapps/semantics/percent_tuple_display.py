# str % (a, b, ...) with a literal template and a tuple display: formatted without building the tuple,
# same results, errors and evaluation order as str.__mod__ of the tuple.
class S(str):
    def __rmod__(self, o):
        return "rmod"
class T(tuple):
    pass
def f(x):
    print("calling", x)
    return x
print("%s-%d-%r" % (f("a"), f(3), f("b")))
print("%s" % (S("z"),))
print("%s" % S("z"))
print("%x|%5.2f|%-4s|%04d" % (255, 3.14159, "ab", 7))
try:
    print("%s %s" % (1,))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%s" % (1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%(a)s" % (1,))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%d" % ("x",))
except Exception as e:
    print(type(e).__name__, e)
print("%s" % ((1, 2),))
print("%*d|%.*f" % (5, 42, 2, 1.5))
print("%c%c" % (65, "b"))
print("%%%s" % ("!",))
print("a %s b" % T((1,)))
print("%s %s" % T((1, 2)))
x = "%s/%s" % ("\ud83d", "\ude00")
print(len(x), ascii(x))
print("row %d: %s|%s" % (123, str(123 * 7), hex(123)))
