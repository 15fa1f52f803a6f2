import getpass
import os

saved = {}
for name in ["LOGNAME", "USER", "LNAME", "USERNAME"]:
    saved[name] = os.environ.pop(name, None)
os.environ["USER"] = "from_user"
print(getpass.getuser())
os.environ["LOGNAME"] = "from_logname"
print(getpass.getuser())
os.environ["LOGNAME"] = ""
print(getpass.getuser())
os.environ["USERNAME"] = "from_username"
del os.environ["USER"]
del os.environ["LOGNAME"]
print(getpass.getuser())
for name, value in saved.items():
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
print(isinstance(getpass.getuser(), str) and len(getpass.getuser()) > 0)
