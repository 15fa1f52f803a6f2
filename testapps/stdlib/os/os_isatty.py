# os.isatty: whether a descriptor is a terminal. A file and a descriptor that is not open are
# not; the argument must be an int that fits C's int.
import os

with open(__file__) as f:
    fd = f.fileno()
    print(os.isatty(fd))
print(os.isatty(fd), os.isatty(-1), os.isatty(100000))
for value in (2**40, -2**40, 2**70, 1.5, "1", None):
    try:
        print(os.isatty(value))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
