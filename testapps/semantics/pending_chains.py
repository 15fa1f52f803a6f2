# Under a handler, errors of operations that run one after another ahead of the statement are
# taken without a .NET throw: x //= y and x %= y by zero, grid[y][x], self.items[i], f(g(x)).
# The order of evaluation, tracebacks and the in-place protocol stay CPython's.
import sys


def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def aug_divisions():
    for d in (2, 0, 0.0, -3):
        c = 17
        try:
            c //= d
            print("//=", c)
        except ZeroDivisionError as e:
            print("//=", d, e, c, lines_of(e))
        c = 17
        try:
            c %= d
            print("%=", c)
        except ZeroDivisionError as e:
            print("%=", d, e, c)
        c = 17
        try:
            c /= d
            print("/=", c)
        except ZeroDivisionError as e:
            print("/=", d, e, c, sys.exc_info()[0].__name__)


class Acc:
    def __init__(self, v):
        self.v = v

    def __ifloordiv__(self, other):
        self.v = ("ifloordiv", other)
        return self

    def __floordiv__(self, other):
        return "floordiv"


def aug_objects():
    a = Acc(1)
    n = 0
    for x in (a, 10, 2 ** 70):
        c = x
        try:
            c //= n
        except ZeroDivisionError as e:
            print("aug object", type(x).__name__, e)
        else:
            print("aug object", c.v)


def nested_items():
    grid = [[1, 2, 3], [4, 5]]
    table = [{"a": 1}, {"b": 2}]
    for y, x in ((0, 2), (1, 2), (2, 0), (-1, -1), (1, -3)):
        try:
            print("grid", grid[y][x])
        except IndexError as e:
            print("grid", y, x, e, lines_of(e))
    for i, k in ((0, "a"), (1, "a"), (2, "b")):
        try:
            v = table[i][k]
            print("table", v)
        except (KeyError, IndexError) as e:
            print("table", i, k, type(e).__name__, e)
    deep = [[[0, 1], [2]], [[3]]]
    for i, j, k in ((0, 0, 1), (0, 1, 1), (1, 1, 0), (0, 0, 0)):
        try:
            print("deep", deep[i][j][k] + 1)
        except IndexError as e:
            print("deep", i, j, k, e)


class Box:
    def __init__(self, items):
        self.items = items

    def get(self, i):
        try:
            return self.items[i]
        except IndexError as e:
            return ("missing", i, str(e), lines_of(e))

    def get_other(self, i):
        try:
            return self.other[i]
        except AttributeError as e:
            return ("no attribute", str(e))


def attribute_items():
    b = Box([10, 20])
    print([b.get(i) for i in (0, 1, 2, -3)])
    print(b.get_other(0))
    d = Box({"k": 1})
    print(d.get("k"), end=" ")
    try:
        d.get("z")
    except KeyError as e:
        print("KeyError leaves get:", e)


calls = []


def g(x):
    calls.append(("g", x))
    if x < 0:
        raise ValueError("negative " + str(x))
    return x * 2


def f(x):
    calls.append(("f", x))
    if x > 10:
        raise OverflowError("too big " + str(x))
    return x + 1


def rebinds(x):
    global f
    f = lambda v: ("new f", v)
    calls.append("rebinds")
    return x


def nested_calls():
    global f
    for x in (1, -1, 6):
        try:
            print("f(g)", f(g(x)))
        except (ValueError, OverflowError) as e:
            print("f(g)", x, type(e).__name__, e, lines_of(e))
    try:
        print(f(g(1)) + f(g(-2)))
    except ValueError as e:
        print("sum", e)
    try:
        print(len(str(g(-5))))
    except ValueError as e:
        print("len(str(g))", e)
    keep = f
    try:
        print("rebound", f(rebinds(3)))
    finally:
        f = keep
    try:
        print(undefined_name(g(4)))
    except NameError as e:
        print("NameError", e)
    print(calls)


aug_divisions()
aug_objects()
nested_items()
attribute_items()
nested_calls()
