# seq[i] with a computed index, first in a statement under a handler: an exact list's, tuple's
# or str's IndexError taken without a .NET throw (same text, traceback, context and
# sys.exc_info()); subclasses, dicts, bytes and __getitem__ keep their own lookups.
import sys
import traceback


def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def probe(seq, n):
    c = 0
    for i in range(n):
        try:
            c += seq[i * 2 - 3]
        except IndexError as e:
            print(type(seq).__name__, i * 2 - 3, e, lines_of(e), sys.exc_info()[0].__name__)
    return c


def strings(s, n):
    out = []
    for i in range(n):
        try:
            if s[i & 7] == "a":
                out.append(i)
        except IndexError as e:
            out.append(str(e))
    return out


class Wrapped(list):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError("Wrapped says no to %d" % i)
        return super().__getitem__(i) * 10


class Seq:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i


def others():
    for seq in (Wrapped([1, 2, 3]), {0: "a", 1: "b"}, b"xy", Seq(), range(2), bytearray(b"z")):
        for i in range(3):
            try:
                v = seq[i + 0]
                print(type(seq).__name__, i, v)
            except LookupError as e:
                print(type(seq).__name__, i, type(e).__name__, e)
    f = 1.0
    try:
        v = [1, 2][f + 0]
    except TypeError as e:
        print("TypeError", e)
    try:
        v = [1][2 ** 70 + 0]
    except IndexError as e:
        print("big index", e)


def not_matching(seq, i):
    try:
        x = seq[i + 1]
    except KeyError:
        x = None
    return x


def nested(seq, i):
    log = []
    try:
        try:
            x = seq[i - 1]
            log.append(x)
        finally:
            log.append("finally")
    except IndexError as e:
        log.append(str(e))
    return log


def in_handler(seq, i):
    try:
        {}["k"]
    except KeyError:
        try:
            y = seq[i + 0]
        except IndexError as e:
            return repr(e.__context__)


def rebound(seq, i):
    IndexError = KeyError  # a local of that name: the clause is KeyError's
    try:
        y = seq[i + 0]
    except IndexError:
        return "caught as KeyError?"
    except LookupError as e:
        return "LookupError " + str(e)


print(probe([1, 2, 3], 4), probe((4, 5), 4))
print(strings("abc", 5), strings("h\U0001F600é", 5))
others()
try:
    not_matching((1, 2), 5)
except IndexError as e:
    print("propagated", e, lines_of(e))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)).replace(__file__, "FILE"))
print(nested([1], 1), nested([1], 5))
print(in_handler("ab", 9), rebound([], 3))
