import atexit
import sys


def cleanup():
    print("cleanup ran")
    sys.stdout.flush()


atexit.register(cleanup)
atexit.register(print, "print as a callback", 1, 2)
print("about to fail")
raise RuntimeError("boom")
