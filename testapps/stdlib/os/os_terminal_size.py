# os.get_terminal_size asks the kernel about the given descriptor (stdout by default): a pipe,
# a file or /dev/null is no terminal (ENOTTY), a descriptor that is not open is EBADF.
import os

for fd in (None, 0, 1, 2):
    try:
        size = os.get_terminal_size() if fd is None else os.get_terminal_size(fd)
        print(fd, "terminal", type(size).__name__, len(size))
    except OSError as e:
        print(fd, type(e).__name__, e.errno, e.strerror)
try:
    os.get_terminal_size(1000000)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
