# print(): sep, end, file, flush, and what it accepts.
import io
import sys

print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(*range(5), sep=", ")
print("x", "y", sep="")
print("x", "y", sep=None, end=None)
print()
print(1, 2.5, None, [1], {"k": (1,)}, sep=" | ")
buf = io.StringIO()
print("to buffer", 42, file=buf)
print("more", file=buf, end="")
print(repr(buf.getvalue()))
print("flushed", flush=True)
print("stderr line", file=sys.stderr)
for kwargs in ({"sep": 5}, {"end": 1}, {"file": 5}, {"bogus": 1}):
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Weird:
    def __str__(self):
        return "weird str"

    def __repr__(self):
        return "weird repr"


print(Weird(), [Weird()], (Weird(),), {1: Weird()})


class BadStr:
    def __str__(self):
        return 5


try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print("tab\tand\nnewline", "unicode é ✓ 😀", b"bytes \xff", bytearray(b"ba"))
print(file=None)
sys.stdout.write("write returns ")
n = sys.stdout.write("ok\n")
print(n)
