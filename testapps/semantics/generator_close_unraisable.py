# A generator closed when its loop (or builtin) drops it that yields again in its finally: CPython
# reports "generator ignored GeneratorExit" as unraisable, on sys.stderr, with the frame that
# dropped it at its line, and carries on. The generator's address is masked.
import io
import re
import sys


def stubborn():
    try:
        yield 1
    finally:
        yield 2


def broke():
    for x in stubborn():
        break
    return "after break"


def raised():
    for x in stubborn():
        raise ValueError("v")


def captured(run):
    sys.stderr = buf = io.StringIO()
    try:
        print(run())
    except ValueError as e:
        print("caught", e)
    finally:
        sys.stderr = sys.__stderr__
    print(re.sub(r"0x[0-9a-f]+", "0x...", buf.getvalue()).replace(__file__, "FILE"), end="")


captured(broke)
captured(raised)
captured(lambda: next(stubborn()))
