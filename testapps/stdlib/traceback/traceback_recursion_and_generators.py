# traceback text for deep recursion (repeated frames collapse) and for generators and except*.
import traceback

def down(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    down(n - 1)

try:
    down(10)
except RuntimeError:
    print(traceback.format_exc(), end="")
print("---")

def numbers():
    yield 1
    raise ValueError("generator failed")

try:
    for n in numbers():
        print("got", n)
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
print("---")

def handler():
    try:
        raise ExceptionGroup("group", [KeyError("a"), ValueError("b")])
    except* KeyError:
        raise TypeError("from the handler")

try:
    handler()
except ExceptionGroup as eg:
    print("".join(traceback.format_exception(eg)), end="")
print("---")

# limit counts from the outermost frame; a negative limit keeps the innermost.
try:
    down(3)
except RuntimeError as e:
    for limit in (0, 1, 2, -1, -2, None):
        frames = traceback.extract_tb(e.__traceback__, limit=limit)
        print(limit, [f.lineno for f in frames])
