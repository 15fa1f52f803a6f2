# exit() and quit(), which the site module puts in builtins, and UnicodeTranslateError.
import sys
print(repr(exit), repr(quit), type(exit), exit.name, exit.eof, callable(exit))
for call in [lambda: exit(), lambda: exit(3), lambda: quit("bye"), lambda: exit(code=5)]:
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
for bad in [lambda: exit(1, 2), lambda: exit(x=1), lambda: exit(4, code=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
e = UnicodeTranslateError("a\xe9b", 1, 2, "bad")
print(e, repr(e), e.object, e.start, e.end, e.reason, e.args, e.encoding)
print(UnicodeTranslateError("a\u20acb", 1, 2, "r"), UnicodeTranslateError("ab\U0001f600", 2, 3, "r"), UnicodeTranslateError("abc", 0, 2, "r"), UnicodeTranslateError("abc", 5, 9, "r"))
print(UnicodeTranslateError.__mro__, issubclass(UnicodeTranslateError, ValueError))
try:
    raise UnicodeTranslateError("x\u0101", 1, 2, "no mapping")
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    "abc".encode("ascii").decode("utf-8")
    "\xff".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.encoding, e.object, e.start, e.end, e.reason)
sys.stdout.flush()
if len(sys.argv) < 3:
    exit(2)
print("not reached")
