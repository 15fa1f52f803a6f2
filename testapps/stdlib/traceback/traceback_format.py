# traceback.format_exc, format_exception, format_exception_only: the text of an uncaught exception.
import traceback

def inner(x):
    return 10 // x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
print(text, end="")
print("---")

try:
    outer(0)
except ZeroDivisionError as e:
    parts = traceback.format_exception(e)
    print(len(parts))
    print("".join(parts), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__) == parts)
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
print("---")

# Chained exceptions, and chain=False.
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise LookupError(f"no {key}") from e

try:
    load("b")
except LookupError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("---")
    print("".join(traceback.format_exception(e, chain=False)), end="")
print("---")

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError:
    print(traceback.format_exc(), end="")
print("---")

# No exception being handled.
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
print(traceback.format_exception_only(ValueError("only the message")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(ValueError()))

class CustomError(Exception):
    pass
print(traceback.format_exception_only(CustomError("custom")))

# Notes come after the message.
try:
    e = RuntimeError("with notes")
    e.add_note("note one")
    e.add_note("note two")
    raise e
except RuntimeError as err:
    print(traceback.format_exception_only(err))

try:
    traceback.format_exception(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as e:
    print(type(e).__name__, e)
