import contextlib
import os
from contextlib import AbstractContextManager, ContextDecorator, chdir, contextmanager, suppress


class Tracker(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type.__name__ if exc_type else None)
        return False


@Tracker("deco")
def compute(x):
    print("computing", x)
    return x * 2


print(compute(21))
print(compute.__name__)
try:
    @Tracker("failing")
    def fails():
        raise KeyError("k")
    fails()
except KeyError as e:
    print("KeyError", e)

with Tracker("plain") as t:
    print("label", t.label)


class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        print("minimal exit")
        return None


with Minimal() as m:
    print("entered returns self:", type(m).__name__)
print(issubclass(Minimal, AbstractContextManager))


class Duck:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False




@contextmanager
def counting():
    print("start")
    yield
    print("end")


@counting()
def decorated():
    print("body")


decorated()
decorated()

cm = counting()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)


@contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("converted") from e


try:
    with converts():
        raise ValueError("orig")
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


@contextmanager
def reraises_stop():
    yield


try:
    with reraises_stop():
        raise StopIteration("inner stop")
except StopIteration as e:
    print("StopIteration", e)

start = os.getcwd()
os.makedirs("_chdir_tmp", exist_ok=True)
with chdir("_chdir_tmp"):
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == start)
os.rmdir("_chdir_tmp")
try:
    with chdir("does/not/exist"):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
print(os.getcwd() == start)

with suppress():
    print("suppress() with nothing")
try:
    with suppress():
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
with suppress(Exception):
    raise ZeroDivisionError("hidden")
print("done")
