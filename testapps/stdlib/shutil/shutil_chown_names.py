# shutil.chown by the names pwd and grp give for the current owner.
import grp
import os
import pwd
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "named")
    with open(path, "w") as f:
        f.write("x")
    st = os.stat(path)
    user = pwd.getpwuid(st.st_uid).pw_name
    group = grp.getgrgid(st.st_gid).gr_name
    shutil.chown(path, user, group)
    after = os.stat(path)
    print(after.st_uid == st.st_uid, after.st_gid == st.st_gid)
    shutil.chown(path, user=user)
    shutil.chown(path, group=group)
    print("by name ok")
    os.symlink(path, os.path.join(d, "link"))
    os.chown(os.path.join(d, "link"), -1, -1, follow_symlinks=False)
    print("lchown ok")
