import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError", e)

for bad in [0, -5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())

try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print("bye")
sys.exit(4)
