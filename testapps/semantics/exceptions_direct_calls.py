# Exceptions raised in a module-level function and taken by its caller's handler, through
# several levels, finally blocks, handlers and rebinding: tracebacks and context as CPython's.
import sys
import traceback


class Bad(Exception):
    pass


def leaf(i):
    if i % 2:
        raise Bad(i)
    return i


def middle(i):
    return leaf(i) + 1


def with_finally(i, log):
    try:
        return leaf(i)
    finally:
        log.append(("finally", i, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None))


def reraise_in_handler(i):
    try:
        leaf(i)
    except Bad:
        raise ValueError("from handler")


def bare_reraise(i):
    try:
        leaf(i)
    except Bad:
        raise


def in_with(i):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, t, v, tb):
            print("exit sees", t.__name__ if t else None)
            return False

    with Ctx():
        raise KeyError(i)


def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def run():
    total = 0
    for i in range(4):
        try:
            total += middle(i)
        except Bad as e:
            print("middle", i, frames(e))
    print("total", total)
    log = []
    for i in range(3):
        try:
            x = with_finally(i, log)
            print("with_finally", x)
        except Bad as e:
            print("caught", e, frames(e))
    print(log)
    try:
        reraise_in_handler(1)
    except ValueError as e:
        print("ctx", repr(e.__context__), frames(e), frames(e.__context__))
    try:
        bare_reraise(3)
    except Bad as e:
        print("bare", frames(e))
    try:
        in_with(5)
    except KeyError as e:
        print("with", frames(e))
    try:
        leaf(1)
    except Exception as e:
        print(type(e).__name__, e, sys.exc_info()[0].__name__)
    print(sys.exc_info())


def deep(n):
    return deep(n + 1)


def rebound_target(i):
    raise Bad("original")


def use_rebound():
    try:
        rebound_target(0)
    except Bad as e:
        print("caught", e)
    except TypeError as e:
        print("TypeError", e)


run()
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
use_rebound()
rebound_target = lambda i: 1 / 0
try:
    use_rebound()
except ZeroDivisionError as e:
    print("rebound", frames(e))
rebound_target = len
use_rebound()
middle(3)
