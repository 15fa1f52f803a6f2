# The uncaught exception's traceback goes to sys.stderr as the program left it: here sys.stdout,
# so it lands after the lines printed before, in stdout.
import io
import sys

buf = io.StringIO()
sys.stderr = buf
print("to a StringIO first:", file=sys.stderr)
sys.stderr = sys.stdout
print("captured:", buf.getvalue().strip())


def fail(n):
    return {"a": 1}[n]


print("before the failure")
fail("b")
