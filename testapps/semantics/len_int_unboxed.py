# len(x) and int(x) of the builtins kept as numbers in arithmetic: every kind of argument,
# their errors (caught and as traceback lines), and builtins patched under the compiled code.
import builtins
import traceback


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Number:
    def __int__(self):
        return 41


class Indexed:
    def __index__(self):
        return 7


class MyStr(str):
    pass


class MyInt(int):
    pass


def total_of(rows):
    total = 0
    for row in rows:
        left, right = row.split("|")
        total += int(left) + len(right)
    return total


def size(x):
    return len(x)


def parsed(s):
    return int(s) + 1


def widths(items):
    n = len(items)
    w = n * 2
    w += len(items[0]) if items else 0
    return n, w, n / 4, n // 3, -n


print(total_of(["12|ab", "700000|xyz", "0|", "9999999999|q"]))
print(total_of(["%d|%s" % (i, "x" * (i % 5)) for i in range(1000)]))
print(size("héllo"), size("a\U0001F600b"), size([1, 2, 3]), size({}), size(range(10**6)), size(Sized(12345678)))
print(size(b"bytes"), size(bytearray(3)), size(frozenset({1, 2})), size((1,)), size(MyStr("sub")))
print(widths(["abc", "d"]), widths([]))
for text in ["42", " 42 ", "-17", "+8", "1_000", "007", "\u0663\u0664", "123456789012345678",
             "1234567890123456789", "99999999999999999999999", MyStr("55")]:
    v = parsed(text)
    print(repr(text), v, type(v).__name__, v * 3)
for value in [True, 3.99, -2.5, MyInt(9), Number(), Indexed(), 2 ** 70]:
    v = int(value)
    print(type(value).__name__, v + 0, type(v).__name__)
print(int("9" * 18) * 100 + len("abc"), int("9" * 18) + int("9" * 18))

# Errors: messages and the line they are reported at.
for bad in ["", "12a", "1__0", " ", "0x10", "3.5", None, [1], b"12"]:
    try:
        print(parsed(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        print(traceback.format_exc().splitlines()[-3].strip())
for bad in [5, None, 3.5, Sized(-1), Sized(2 ** 64), Sized("x")]:
    try:
        print(size(bad) + 1)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    total_of(["1|a", "x|b"])
except ValueError as e:
    print("ValueError", e)
    print([line.strip() for line in traceback.format_exc().splitlines() if line.startswith("    ")])

# Patched builtins: the compiled calls see the new functions, and their results as they are.
real_len, real_int = builtins.len, builtins.int
builtins.len = lambda x: "len of %r" % (x,)
builtins.int = lambda x: 0.5
try:
    print(size("abc"), parsed("5"))
    try:
        total_of(["1|ab"])
    except TypeError as e:
        print("TypeError", e, e.__traceback__.tb_next.tb_lineno)
    try:
        widths(["a"])
    except TypeError as e:
        print("TypeError", e)
finally:
    builtins.len, builtins.int = real_len, real_int
print(size("abc"), parsed("5"), total_of(["3|abc"]))
