# The process's ids.
import os
import pwd

for name in ["getpid", "getppid", "getuid", "geteuid", "getgid", "getegid"]:
    value = getattr(os, name)()
    print(name, type(value).__name__, value >= 0)
print(os.getpid() != os.getppid())
print(pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
for call in [lambda: os.getuid(1), lambda: os.getppid(x=1), lambda: os.getpid(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
