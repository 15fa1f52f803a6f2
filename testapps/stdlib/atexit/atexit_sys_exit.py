import atexit
import sys


def report():
    print("exiting with handlers")


atexit.register(report)
atexit._run_exitfuncs()
atexit.register(report)
print("calling sys.exit")
sys.exit(2)
