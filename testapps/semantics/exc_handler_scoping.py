# The except target is deleted after the handler; nested handlers, sys.exc_info, and exception state.
import sys

e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)


def in_function():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print(type(err).__name__, err)
    return saved


print(repr(in_function()))
print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value, tb is not None)
    try:
        raise ValueError("nested")
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1].__context__))
    print("back to", sys.exc_info()[0].__name__)
print(sys.exc_info())


def handler_returns():
    try:
        raise RuntimeError("r")
    except RuntimeError:
        return sys.exc_info()[0].__name__


print(handler_returns(), sys.exc_info()[0])


def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


g = gen()
print(next(g), sys.exc_info()[0])
try:
    raise IndexError("outside")
except IndexError:
    print(next(g), sys.exc_info()[0].__name__)


class Err(Exception):
    pass


errors = []
for i in range(3):
    try:
        if i == 1:
            raise Err(i)
    except Err as caught:
        errors.append(caught)
print([repr(x) for x in errors])
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__)
try:
    raise ValueError("plain")
except (TypeError, ValueError) as tv:
    print(type(tv).__name__)
