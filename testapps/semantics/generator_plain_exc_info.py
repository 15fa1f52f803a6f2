# Generators whose yields are outside any try/with run on the caller's handled-exception stack:
# sys.exc_info(), bare raise and __context__ in them must still match CPython.
import sys


def exc_name():
    e = sys.exc_info()[1]
    return None if e is None else type(e).__name__ + ":" + str(e)


def plain(n):
    i = 0
    while i < n:
        yield (i, exc_name())
        i += 1


def handles_inside(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            seen = exc_name()
        yield (i, seen, exc_name())


def raises_with_context():
    yield 1
    raise ValueError("from gen")


def nested_handler_no_yield():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            raise IndexError("outer")
    except IndexError as e:
        ctx = type(e.__context__).__name__
    yield ctx
    yield exc_name()


g = plain(3)
print(next(g))
try:
    raise RuntimeError("caller 1")
except RuntimeError:
    print(next(g))
print(next(g))
print(next(g, "done"))

g = handles_inside(3)
print(next(g))
try:
    raise OSError("caller 2")
except OSError:
    print(next(g))
print(next(g))

g = raises_with_context()
next(g)
try:
    raise LookupError("caller 3")
except LookupError:
    try:
        next(g)
    except ValueError as e:
        print("ctx", type(e.__context__).__name__, e.__context__)

print(list(nested_handler_no_yield()))
try:
    raise ZeroDivisionError("caller 4")
except ZeroDivisionError:
    print(list(nested_handler_no_yield()))
    print([exc_name() for _ in range(1)], list(exc_name() for _ in range(2)))


def reraiser():
    yield 1
    raise


g = reraiser()
next(g)
try:
    raise NameError("caller 5")
except NameError:
    try:
        next(g)
    except NameError as e:
        print("bare raise in generator:", e)
g = reraiser()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)


def closer():
    yield 1
    yield 2


g = closer()
next(g)
g.close()
print(next(g, "closed"))
g = closer()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("throw", e, exc_name())
print(sum(x for x, _ in plain(5)))
