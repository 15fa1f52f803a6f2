# Pattern's methods are C in CPython: no frame of theirs shows in a traceback, whether the error
# is in a sub() callback or a bad argument; re.sub() and friends are Python and show one frame.
import re
import traceback


def frames(call):
    try:
        call()
    except Exception as e:
        names = [fr.name for fr in traceback.extract_tb(e.__traceback__)]
        print(type(e).__name__, "-", e, names)


def fail(m):
    return str(int(m.group(0)) // 0)


p = re.compile(r"(\d)")
m = p.search("a1")
frames(lambda: p.sub(fail, "a1"))
frames(lambda: p.subn(fail, "a1b2", count=1))
frames(lambda: p.sub(fail, "wide \U0001F600 1"))
frames(lambda: re.sub(r"\d", lambda m: [][0], "a1"))
frames(lambda: re.subn(r"\d", fail, "x9"))
frames(lambda: p.match(123))
frames(lambda: p.search("1", pos="x"))
frames(lambda: p.fullmatch(b"1"))
frames(lambda: p.findall(None))
frames(lambda: p.split(b"x"))
frames(lambda: list(p.finditer(1)))
frames(lambda: m.group(5))
frames(lambda: re.match(r"\d", 5))
