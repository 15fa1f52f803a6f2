import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EINTR, errno.EAGAIN)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLK == errno.EDEADLOCK, errno.EOPNOTSUPP == errno.ENOTSUP)
print(errno.errorcode[2], errno.errorcode[17], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), sorted(errno.errorcode)[:10], max(errno.errorcode))
print(list(errno.errorcode.items())[:6])
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))

try:
    open("/nonexistent-dir/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])

try:
    os.mkdir(".")
except OSError as e:
    print(type(e).__name__, e.errno == errno.EEXIST, errno.errorcode[e.errno])

try:
    os.listdir("/nonexistent-dir")
except FileNotFoundError as e:
    print(e.errno, errno.errorcode[e.errno], e.strerror)

e = OSError(errno.EACCES, "denied")
print(type(e).__name__, e)
e = OSError(errno.ECHILD, "child")
print(type(e).__name__, e)
e = OSError(errno.ETIMEDOUT, "late")
print(type(e).__name__, e)
for code in (errno.EISDIR, errno.ENOTDIR, errno.ESRCH, errno.EPIPE, errno.ECONNREFUSED, errno.EINPROGRESS):
    print(code, errno.errorcode[code], type(OSError(code, "x")).__name__)
try:
    errno.ENOPE
except AttributeError as e:
    print(type(e).__name__, e)
