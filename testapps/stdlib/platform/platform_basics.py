import platform
import sys

print(platform.system(), platform.machine())
print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.architecture())
u = platform.uname()
print(type(u).__name__, u.system, u.machine, u[0], len(u))
print(u.release == platform.release(), u.node == platform.node(), u.version == platform.version())
print(platform.platform().startswith("Linux-"), platform.platform(terse=True) == "Linux-" + platform.release())
print(platform.libc_ver()[0])
print(isinstance(platform.processor(), str))
print(platform.system() == "Linux" and sys.platform == "linux")
try:
    platform.system(1)
except TypeError as e:
    print("TypeError", e)
import socket

name = socket.gethostname()
print(type(name).__name__, name == platform.node() == platform.uname().node, len(name) > 0)
print(socket.error is OSError, socket.timeout is TimeoutError)
try:
    socket.gethostname(1)
except TypeError as e:
    print("TypeError", e)
