# input() and print() go through whatever sys.stdin / sys.stdout hold at the time of the call.
import io
import sys

real = sys.stdout
sys.stdin = io.StringIO("first line\nsecond\r\nlast")
captured = io.StringIO()
sys.stdout = captured
name = input("name? ")
sys.stdout = real
print(repr(captured.getvalue()), repr(name))
print(repr(input()))
print(repr(input("p> ")))
try:
    input()
except EOFError as e:
    print("EOFError:", e)


class Reader:
    def readline(self):
        return 42


sys.stdin = Reader()
try:
    input()
except TypeError as e:
    print("TypeError:", e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        self.parts.append("<flush>")


sys.stdin = io.StringIO("x\n")
w = Writer()
sys.stdout = w
value = input(123)
print("to the writer", 7)
sys.stdout = real
print(w.parts, repr(value))

sys.stdout = None
print("nothing is printed")
sys.stdin = io.StringIO("y\n")
try:
    input("?")
except RuntimeError as e:
    sys.stdout = real
    print("RuntimeError:", e)
sys.stdout = real
print("done")
