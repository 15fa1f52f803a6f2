# d[k], l[i] and t[i] that fail inside a handler or a function body: KeyError and IndexError taken
# without a .NET throw, with the same tracebacks, context and sys.exc_info().
import sys

def get(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("caught", repr(e), e.__traceback__.tb_lineno, sys.exc_info()[0].__name__)
        return None

def plain(d, k):
    return d[k]

def outer(d, k):
    try:
        v = plain(d, k)
    except LookupError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("outer", type(e).__name__, e, lines)
        return -1
    return v

class D(dict):
    def __missing__(self, k):
        return k * 2

print(get({1: 2}, 1), get({1: 2}, 3), get(D(), 4))
print(outer({}, "x"), outer([1, 2], 5), outer((1,), -2), outer([1, 2], -1), outer({"x": 1}, "x"))
try:
    {}[[]]
except TypeError as e:
    print("TypeError", e)
def ctx(d):
    try:
        raise ValueError("v")
    except ValueError:
        try:
            x = d["missing"]
        except KeyError as e:
            print("context", repr(e.__context__))
ctx({})
plain({}, "last")
