# sys.exit(n) ends the program with exit code n; output before it is flushed.
import sys

print("before exit")
sys.exit(3)
print("not printed")
