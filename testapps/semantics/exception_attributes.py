# args, str/repr of exceptions, attributes on exception instances, sys.exc_info.
import sys

for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError(1, 2),
          IndexError(3), Exception(None), SystemExit(3), StopIteration(7), RuntimeError([1, 2])]:
    print(type(e).__name__, repr(e), str(e), e.args)

print(SystemExit().code, SystemExit(2).code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(5).value)

e = ValueError("m")
e.args = ("changed", 1)
print(e, e.args)
e.extra = 42
print(e.extra)
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, caught.__traceback__.tb_lineno)

print(sys.exc_info())
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None)
    try:
        raise ValueError("y")
    except ValueError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())

def reports():
    return sys.exc_info()[1]

try:
    raise IndexError("seen by callee")
except IndexError:
    print(repr(reports()))

e = RuntimeError("w")
print(e.with_traceback(None) is e)

print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception), isinstance(KeyboardInterrupt(), BaseException))
print(ZeroDivisionError.__mro__)
print(ValueError.__name__, ValueError.__module__)
