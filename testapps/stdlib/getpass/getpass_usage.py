from getpass import getuser
import os

os.environ["LOGNAME"] = "builder"
user = getuser()
print("user:", user)
print("home-ish:", os.path.join("/home", user))
print(user.upper(), len(user))
