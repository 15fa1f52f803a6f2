# @contextmanager: what happens when the with body raises into the generator.
from contextlib import contextmanager, nullcontext, closing


@contextmanager
def handler(kind):
    print("enter", kind)
    try:
        yield kind
    except ValueError as e:
        print("generator caught", repr(e))
        if kind == "reraise":
            raise
        if kind == "convert":
            raise KeyError("converted") from e
        if kind == "yield-again":
            yield "second"
    finally:
        print("finally", kind)


for kind in ["swallow", "reraise", "convert", "yield-again"]:
    try:
        with handler(kind) as k:
            raise ValueError(k)
        print("suppressed for", kind)
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))

# an exception the generator does not catch passes through unchanged
try:
    with handler("other"):
        raise IndexError("not a ValueError")
except IndexError as e:
    print("IndexError", e, e.__context__)


@contextmanager
def plain():
    yield "v"


# a StopIteration from the body is not taken for the generator's end
for exc in [StopIteration("from body"), RuntimeError("rt"), GeneratorExit()]:
    try:
        with plain():
            raise exc
    except BaseException as e:
        print("propagated", type(e).__name__, e is exc)


@contextmanager
def stops_on_error():
    try:
        yield
    except Exception:
        return


with stops_on_error():
    raise StopIteration("swallowed stop")
print("after swallowed StopIteration")

# __exit__ called by hand: exception type without an instance
cm = plain()
cm.__enter__()
print(cm.__exit__(None, None, None))
cm = stops_on_error()
cm.__enter__()
print("exit with type only:", cm.__exit__(ValueError, None, None))
cm = plain()
cm.__enter__()
try:
    cm.__exit__(TypeError, None, None)
except TypeError as e:
    print("TypeError instance created:", type(e).__name__, repr(e))


@contextmanager
def documented(x):
    """Docstring of the generator function."""
    yield x * 2


print(documented.__name__, documented.__doc__)
print(documented(1).__doc__)
print(plain().__doc__)
cm = documented(4)
print(cm.func.__name__, cm.args, cm.kwds)
with cm as value:
    print("value", value, hasattr(cm, "func"), hasattr(cm, "args"))


@contextmanager
def counter(log):
    log.append("in")
    yield len(log)
    log.append("out")


log = []


@counter(log)
def work(n):
    print("work", n, log)
    return n + 1


print(work(1), work(2), log)


class Thing:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("close", self.name)


try:
    with closing(Thing("t1")) as t:
        raise ValueError("inside closing " + t.name)
except ValueError as e:
    print("ValueError", e)

with nullcontext() as n, nullcontext("x") as m:
    print(n, m)
with plain() as a, documented(5) as b:
    print(a, b)


# An exception the generator re-raises keeps the traceback the with block raised it with: the
# frames of __exit__ and of the generator are not in it.
import traceback as _tb


@contextmanager
def reraising(notes):
    try:
        yield
    except ValueError as e:
        e.add_note(notes)
        raise


try:
    with reraising("noted"):
        int("not a number")
except ValueError as e:
    print([f.name for f in _tb.extract_tb(e.__traceback__)], e.__notes__)
