import contextlib
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    {}["missing"]
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@tag("decorated")
def work():
    print("working")


work()
print(tag.__name__, type(tag("x")).__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class Resource:
    def close(self):
        print("closed resource")


with closing(Resource()) as r:
    print("using", type(r).__name__)

with nullcontext(42) as value:
    print("null", value)
with nullcontext() as value:
    print("null", value)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("another")
print("buffer:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("to stderr\n")
print("stderr buffer:", repr(err.getvalue()))
print(sys.stdout is sys.__stdout__)
