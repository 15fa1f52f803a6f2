# Exceptions raised in with bodies (by raise statements, calls, builtins, lookups) reach
# __exit__ with the right type, value and traceback, and then the handler around the with
# statement, or are swallowed; return/break/continue and nested items still run every exit.
import sys
import traceback


class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value,
              tb.tb_lineno if tb else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return self.swallow


def fail(x):
    if x:
        raise ValueError(f"fail {x}")
    return x


def run(mode):
    try:
        with Tracker("a"), Tracker("b", swallow=(mode == "swallow")) as t:
            if mode == "raise":
                raise KeyError("direct")
            if mode == "call" or mode == "swallow":
                v = fail(1)
            if mode == "int":
                v = int("q")
            if mode == "lookup":
                v = {}["k"]
            if mode == "return":
                return "returned " + t.name
            print("body done", mode)
    except (KeyError, ValueError) as e:
        print("handler", type(e).__name__, e, [f.lineno for f in traceback.extract_tb(e.__traceback__)])
        return "handled"
    return "fell through"


for mode in ["none", "raise", "call", "int", "lookup", "return", "swallow"]:
    print(run(mode))


def loop():
    out = []
    for i in range(4):
        with Tracker(str(i)):
            if i == 1:
                continue
            if i == 3:
                break
            try:
                with Tracker("inner" + str(i)):
                    fail(i)
            except ValueError as e:
                out.append(str(e))
    return out


print(loop())


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("exit failed")


def bad_exit():
    try:
        with BadExit():
            fail(2)
    except RuntimeError as e:
        print("RuntimeError", e, "context:", repr(e.__context__))


bad_exit()


def in_finally():
    try:
        with Tracker("f"):
            fail(3)
    finally:
        print("finally runs", sys.exc_info()[0].__name__)


try:
    in_finally()
except ValueError as e:
    print("outer", e)


def chained():
    try:
        with Tracker("c"):
            try:
                fail(4)
            except ValueError as e:
                raise LookupError("wrapped") from e
    except LookupError as e:
        print("chained", repr(e.__cause__), e.__suppress_context__)


chained()
