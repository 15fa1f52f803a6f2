# o.name(...) of a method defined in this module, first in a statement under a handler (or in
# another method's body): a raise in the method reaches the caller's handler without a .NET
# throw, with the same tracebacks, chaining, finally blocks and sys.exc_info(); a patched class,
# an instance attribute or a subclass takes the ordinary call.
import sys
import traceback


def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


class Invalid(Exception):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value


class Checker:
    def __init__(self, limit):
        self.limit = limit

    def check(self, i):
        if i % 3 == 0:
            raise Invalid("i", i)
        if i % 5 == 0:
            raise KeyError(i)
        return i

    def twice(self, i):
        v = self.check(i)
        return v * 2

    def scale(self, x):
        if x < 0:
            raise ValueError("negative %d" % x)
        return x * 2

    def cleanup(self, i, log):
        try:
            return self.check(i)
        finally:
            log.append("cleanup %d" % i)

    def convert(self, i):
        try:
            return self.check(i)
        except KeyError as e:
            raise ValueError("converted") from e

    def rethrow(self, i):
        try:
            self.check(i)
        except Invalid:
            raise
        return "ok"

    def index(self, x):
        raise LookupError("Checker.index")


def run(c, n):
    caught = total = 0
    finals = 0
    for i in range(n):
        try:
            total += c.check(i)
        except Invalid as e:
            caught += e.value
        except KeyError:
            caught += 1
        finally:
            finals += 1
    return caught, total, finals


def nested(c, n):
    out = []
    for i in range(n):
        try:
            out.append(c.twice(i))
        except (Invalid, KeyError) as e:
            out.append((type(e).__name__, lines_of(e), sys.exc_info()[0].__name__))
    return out


def numbers(c):
    t = 0
    for i in range(6):
        try:
            t += c.scale(i - 3)
        except ValueError as e:
            print("scale", e)
    return t


def chains(c):
    log = []
    for i in (3, 5, 7):
        try:
            r = c.cleanup(i, log)
            log.append(r)
        except Exception as e:
            log.append(type(e).__name__)
    try:
        r = c.convert(5)
    except ValueError as e:
        log.append((str(e), repr(e.__cause__), e.__suppress_context__, lines_of(e)))
    try:
        r = c.rethrow(9)
    except Invalid as e:
        log.append(("rethrown", lines_of(e)))
    print(log)


def not_matching(c, i):
    try:
        r = c.check(i)
    except TypeError:
        r = None
    return r


def in_handler(c, i):
    try:
        raise OSError("first")
    except OSError:
        try:
            r = c.check(i)
        except Invalid as e:
            return repr(e.__context__), sys.exc_info()[1] is e


class Patched(Checker):
    def check(self, i):
        raise RuntimeError("Patched.check %d" % i)


def other_paths():
    c = Checker(1)
    for o in (c, Patched(2)):
        try:
            r = o.check(3)
        except Invalid as e:
            print("Invalid", e.field, e.value)
        except RuntimeError as e:
            print("RuntimeError", e)
    c.check = lambda i: "instance attribute %d" % i
    try:
        r = c.check(3)
        print(r)
    except Invalid:
        print("never")
    Checker.check = lambda self, i: 1 / 0
    try:
        r = Checker(3).check(3)
    except ZeroDivisionError as e:
        print("patched class", e)
    for seq in ([1, 2], Checker(0)):
        try:
            r = seq.index(5)
        except ValueError as e:
            print("list.index", e)
        except LookupError as e:
            print("LookupError", e)


def gen(c):
    for i in range(4):
        yield c.check(i + 1)


def with_generator(c):
    out = []
    try:
        for v in gen(c):
            out.append(v)
    except Invalid as e:
        out.append(("from generator", lines_of(e)))
    return out


class Box:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)
        return t is KeyError


def with_blocks(c):
    for i in (5, 3):
        try:
            with Box():
                r = c.check(i)
            print("after with", i)
        except Invalid as e:
            print("escaped with", e.value)


c = Checker(10)
print(run(c, 16))
print(nested(c, 7))
print(numbers(c))
chains(c)
try:
    not_matching(c, 6)
except Invalid as e:
    print("propagated", e, lines_of(e))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)).replace(__file__, "FILE"))
print(in_handler(c, 3))
print(with_generator(c))
with_blocks(c)
other_paths()
