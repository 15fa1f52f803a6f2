# shutil.chown with names and ids (as root the owner can be anything; the test prints what changed).
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f")
    open(path, "w").close()
    me = os.stat(path).st_uid
    shutil.chown(path, user=me)
    print(os.stat(path).st_uid == me)
    shutil.chown(path, group=os.stat(path).st_gid)
    print("group kept")
    for kwargs in ({}, {"user": "no-such-user-xyz"}, {"group": "no-such-group-xyz"},
                   {"user": "no-such-user-xyz", "group": "no-such-group-xyz"}):
        try:
            shutil.chown(path, **kwargs)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        shutil.chown(os.path.join(d, "missing"), user=me)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.chown(path, "a", 0)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        os.chown(path, 0)
    except TypeError as e:
        print(type(e).__name__, e)
    print(os.chown(path, -1, -1), os.stat(path).st_uid == me)
