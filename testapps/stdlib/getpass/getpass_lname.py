import getpass
import os

for name in ["LOGNAME", "USER", "USERNAME"]:
    os.environ.pop(name, None)
os.environ["LNAME"] = "lname_user"
print(getpass.getuser())
try:
    getpass.getuser(1)
except TypeError as e:
    print("TypeError", e)
