# ExitStack: callbacks that raise or suppress, exception context chains, and the protocol checks.
import io
import sys
from contextlib import (AbstractContextManager, ExitStack, contextmanager, redirect_stdout,
                        redirect_stderr, suppress)


def raiser(exc):
    def cb():
        raise exc
    return cb


def chain(e):
    names = []
    while e is not None:
        names.append(f"{type(e).__name__}({e})")
        e = e.__context__
    return " <- ".join(names)


# several callbacks raising: each new exception chains to the one raised before it
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("first registered")))
        stack.callback(raiser(IndexError("second")))
        stack.callback(raiser(ZeroDivisionError("third")))
        raise ValueError("body")
except Exception as e:
    print("caught", chain(e))

# same without an exception from the body
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("a")))
        stack.callback(raiser(IndexError("b")))
except Exception as e:
    print("caught", chain(e))


def swallow_all(*exc):
    print("swallowing", exc[0].__name__ if exc[0] else None)
    return True


# a handler that suppresses stops the exception from going further
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("after suppress")))
        stack.push(swallow_all)
        stack.callback(raiser(IndexError("suppressed")))
    print("not reached")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(swallow_all)
    stack.callback(raiser(IndexError("late")))
    raise ValueError("early")
print("all suppressed")

# exceptions raised inside an except block keep their outer context
try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as stack:
            stack.callback(raiser(KeyError("cb")))
            raise ValueError("body")
except KeyError as e:
    print("nested", chain(e))


class Verbose:
    def __init__(self, name, result=False):
        self.name = name
        self.result = result

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.result


with ExitStack() as stack:
    pushed = Verbose("pushed", result=True)
    print(stack.push(pushed) is pushed)
    print(stack.enter_context(Verbose("entered")))
    raise RuntimeError("handled by pushed")
print("after pushed")

stack = ExitStack()
stack.enter_context(Verbose("a"))
stack.callback(print, "callback", "with", "args", sep="-")
moved = stack.pop_all()
stack.close()
print("moved type", type(moved).__name__)
moved.close()
moved.close()
print("closed twice")


class NotCM:
    pass


class OnlyEnter:
    def __enter__(self):
        return self


for obj in [NotCM(), OnlyEnter(), "text", None]:
    try:
        ExitStack().enter_context(obj)
    except TypeError as e:
        print("TypeError", e)


def function_exit(exc_type, exc, tb):
    return False


print(ExitStack().push(function_exit) is function_exit)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class HalfDuck:
    def __enter__(self):
        return self


class Disabled(Duck):
    __exit__ = None


print(isinstance(Duck(), AbstractContextManager), issubclass(Duck, AbstractContextManager))
print(isinstance(HalfDuck(), AbstractContextManager), issubclass(Disabled, AbstractContextManager))
print(isinstance(ExitStack(), AbstractContextManager), isinstance(suppress(), AbstractContextManager))
print(issubclass(int, AbstractContextManager), isinstance(open, AbstractContextManager))


class Sub(AbstractContextManager):
    def __exit__(self, *a):
        return None


print(issubclass(Sub, AbstractContextManager), isinstance(Sub(), Sub), issubclass(Duck, Sub))

# redirect_stdout is reentrant and nests
buf1, buf2 = io.StringIO(), io.StringIO()
r = redirect_stdout(buf1)
with r:
    print("one")
    with redirect_stdout(buf2) as target:
        print("two", target is buf2)
    with r:
        print("one again")
print(repr(buf1.getvalue()), repr(buf2.getvalue()))
errbuf = io.StringIO()
with redirect_stderr(errbuf), suppress(ZeroDivisionError):
    print("to err", file=sys.stderr)
    1 / 0
print(repr(errbuf.getvalue()))

with suppress(KeyError, LookupError):
    raise IndexError("lookup")
print("suppressed by base class")
try:
    with suppress(KeyError):
        raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
