import io
import sys

buffer = io.StringIO()
print("to a buffer", 1, 2, sep="-", file=buffer)
print("second", file=buffer, end="")
print(repr(buffer.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print("got:", repr(captured))
log = io.StringIO()
log.writelines(["a\n", "b\n"])
print(log.getvalue().splitlines())
