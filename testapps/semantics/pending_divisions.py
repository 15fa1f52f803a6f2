# ZeroDivisionError of /, // and % computed unboxed, first in a statement under a handler: taken
# without a .NET throw, with CPython's messages, tracebacks, context and sys.exc_info(); other
# operands (big ints, bools, subclasses, objects) keep the ordinary operator.
import sys
import traceback


def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def ints(n):
    c = 0
    for i in range(n):
        d = i % 3 - 1
        try:
            c += 100 // d
        except ZeroDivisionError as e:
            print("floordiv", i, e, lines_of(e), sys.exc_info()[0].__name__)
        try:
            c += 100 % d
        except ZeroDivisionError as e:
            print("mod", i, e)
        try:
            x = 7 / d
            c += int(x)
        except ZeroDivisionError as e:
            print("truediv", i, e)
    return c


def floats(n):
    t = 0.0
    for i in range(n):
        d = float(i % 2)
        try:
            t += 1.5 / d
        except ZeroDivisionError as e:
            print("float /", e)
        try:
            t += 3.0 // d
        except ZeroDivisionError as e:
            print("float //", e)
        try:
            t += 3.0 % d
        except ZeroDivisionError as e:
            print("float %", e)
        k = i % 2
        try:
            t += 2.5 / k
        except ZeroDivisionError as e:
            print("float / int", e)
        try:
            t += k // -0.0
        except ZeroDivisionError as e:
            print("int // -0.0", e)
    return t


class Half(int):
    def __floordiv__(self, other):
        return "Half.__floordiv__"

    def __rtruediv__(self, other):
        return "Half.__rtruediv__"


def objects():
    big = 2 ** 70
    for num, den in ((big, 0), (5, False), (True, 0), (Half(3), 0), (1, Half(0)), (-9, 4), (9, -4), (-9.5, 2)):
        try:
            r = num // den
            print("//", num, den, r)
        except ZeroDivisionError as e:
            print("// raised", e)
        try:
            r = num / den
            print("/", num, den, r)
        except ZeroDivisionError as e:
            print("/ raised", e)
        try:
            r = num % den
            print("%", num, den, r)
        except ZeroDivisionError as e:
            print("% raised", e)
        except TypeError as e:
            print("% TypeError", e)


def not_matching(a, b):
    # The handler does not match: the error leaves the function as a throw would.
    try:
        q = a // b
    except ValueError:
        print("never")
        q = None
    return q


def with_finally(a, b):
    done = []
    try:
        try:
            r = a % b
        finally:
            done.append("inner finally")
        r += 1
    except ArithmeticError as e:
        done.append(type(e).__name__)
        r = -1
    finally:
        done.append("outer finally")
    return r, done


def in_handler(a, b):
    try:
        raise KeyError("first")
    except KeyError:
        try:
            c = a / b
        except ZeroDivisionError as e:
            return repr(e.__context__), e.__suppress_context__


def rebound(a, b):
    ZeroDivisionError = LookupError  # a local of that name: the clause is LookupError's
    try:
        c = a // b
    except ZeroDivisionError:
        return "caught as LookupError?"
    except ArithmeticError as e:
        return "ArithmeticError " + str(e)


print(ints(6))
print(floats(4))
objects()
try:
    not_matching(1, 0)
except ZeroDivisionError as e:
    print("propagated", e, lines_of(e))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)).replace(__file__, "FILE"))
print(with_finally(7, 0), with_finally(7, 2))
print(in_handler(1, 0))
print(rebound(4, 0))
