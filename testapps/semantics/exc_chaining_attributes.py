# Exception chaining: __context__, __cause__, __suppress_context__, raise from None, args and with_traceback.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as r:
    print(repr(r.__context__), r.__cause__, r.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)

e = ValueError("a", 1)
print(e.args, str(e), repr(e), e.__traceback__, e.__context__, e.__cause__)
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "bad"
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError from 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)


class Custom(Exception):
    pass


try:
    raise Custom
except Exception as err:
    print(type(err).__name__, repr(err), isinstance(err, Custom))

try:
    try:
        raise KeyError("first")
    finally:
        print("finally sees no handled exception")
except KeyError as k:
    print("outer caught", k)


def handler_context():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError as inner:
            return repr(inner.__context__)


print(handler_context())
err = None
try:
    raise OSError(2, "missing")
except OSError as caught:
    err = caught
print(err, err.errno, err.strerror)
try:
    print(caught)
except NameError as ne:
    print(type(ne).__name__, ne)
tb_err = ValueError("tb")
print(tb_err.with_traceback(None) is tb_err)
