# 'literal' % (items) where items are numbers the compiler keeps unboxed, or str()/hex() of them:
# the plain %s/%d/%i cases, every other conversion, rebound builtins, errors and evaluation order.
import sys
import traceback


def rows(n):
    out = []
    for i in range(-3, n):
        out.append("row %d: %s|%s" % (i, str(i * 7), hex(i)))
    return out


print(rows(4))


def edges():
    for n in (0, -1, 2**63 - 1, -2**63, 2**63, -2**64 - 5, 10**30):
        m = n + 0
        print("%d %i %s|%s|%s" % (m, m, m, str(m), hex(m)))
        print("%5d|%-6s|%x|%X|%o|%r|%a|%%|%c" % (m % 1000, str(m % 97), m % 4096, m % 4096, m % 64, str(m % 10), hex(m % 10), 65 + m % 26))


edges()


def floats(k):
    x = k * 1.5
    y = k + 0.25
    print("%s %d %.2f %r %s" % (x, y, x + y, x, str(k * 2)))
    print("%s and %s" % (str(k), x))


floats(3)


def flags(n):
    b = n > 2
    print("%s %d %s" % (n, b, n * 2))
    print("%s %s" % (n, None))
    print("%d%%" % (n * 10,))
    print("%(a)s" % {"a": n} if n else "")


flags(3)


class Idx:
    def __index__(self):
        print("__index__")
        return 42

    def __str__(self):
        return "Idx()"

    def __repr__(self):
        return "<Idx>"


class Fmt:
    def __format__(self, spec):
        return "never"

    def __str__(self):
        print("__str__")
        return "Fmt!"


class MyStr(str):
    def __str__(self):
        return "mine"


class MyInt(int):
    def __str__(self):
        return "myint"

    def __repr__(self):
        return "MyInt()"


def objects(n):
    m = n + 0
    print("%d %x %s %r" % (m, Idx(), Idx(), Idx()))
    print("%s %s" % (str(m), Fmt()))
    print("%s %s %d" % (MyStr("m"), m, MyInt(7)))
    print("%s %r %s" % (MyInt(8), MyInt(9), hex(m)))
    print("%d %s" % (Idx(), str(m)))


objects(5)


def errors(n):
    m = n + 0
    try:
        print("%d %d" % (m, str(m)))
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%s" % (m, str(m)))
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%s %s %s" % (m, str(m)))
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%i %x" % (m, hex(m)))
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%s %" % (m, str(m)))
    except ValueError as e:
        print("ValueError", e)
    try:
        print("%z %s" % (m, str(m)))
    except ValueError as e:
        print("ValueError", e)
    try:
        print("%d" % (m, m + 1))
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%d|%s" % (str(m), m))
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%x" % (hex(m),))
    except TypeError as e:
        print("TypeError", e)
    print("%d %s" % (m, str(m)))
    print("%s %s" % (m * 2, m - 1))


errors(12)


def order(n):
    def f(tag, value):
        print("eval", tag)
        return value

    m = n + 0
    print("%s %d %s" % (str(m), f("b", m + 1), hex(m + 2)))
    try:
        print("%d %s" % (str(m), f("after", m)))
    except TypeError as e:
        print("TypeError", e)


order(7)


def rebound(n):
    global str, hex
    m = n + 0
    saved = str, hex
    str = lambda v: v * 100
    hex = lambda v: "hex:" + saved[0](v)
    try:
        print("%d %s %s" % (m, str(m), hex(m)))
        print("%d %d" % (m, str(m)))
    finally:
        str, hex = saved
    print("%d %s %s" % (m, str(m), hex(m)))


rebound(4)


def raising(n):
    global str
    m = n + 0
    saved = str

    def bad(v):
        raise ValueError("no str for %d" % v)

    str = bad
    try:
        print("%d %s" % (m, str(m)))
    except ValueError as e:
        print("ValueError", e)
        sys.stdout.flush()
        traceback.print_exc()
    finally:
        str = saved


raising(3)


def single(n, k):
    m = n + 0
    x = m * 0.5
    t = k * 1
    print("item-%d" % m, "t%d" % (m % 7), "%s%%" % m, "%x" % m, "%05d" % m, "%.2f" % x, "%s" % x, "%d" % x)
    print("%s-%s" % t, "[%s]" % (m * 2**70))
    for template in ("%d %d", "%(a)d", "%s %", "%c", "%r"):
        try:
            print(template % m)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        print("%d %d" % m)
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%(a)d" % m)
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%d" % t)
    except TypeError as e:
        print("TypeError", e)
    print("%c" % (m + 60), "%r" % m, "%s" % (m - 2**63))


single(41, (1, 2))


class Right(str):
    def __rmod__(self, other):
        return "Right.__rmod__"


def reflected(n):
    m = n * 1
    print("%s" % m)


reflected(Right("r"))


def uncaught(n):
    m = n + 0
    return "%s and %d" % (hex(m), str(m))


print(uncaught(255))
