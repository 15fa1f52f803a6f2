# pwd and grp: the entries of root (uid and gid 0 exist everywhere) and lookups that fail.
import grp
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0] == root.pw_name, len(root))
print(pwd.getpwnam(root.pw_name) == root, type(root).__name__, isinstance(root, tuple))
print(type(root.pw_dir).__name__, type(root.pw_shell).__name__)
group = grp.getgrgid(0)
print(group.gr_gid, type(group.gr_mem).__name__, grp.getgrnam(group.gr_name).gr_gid, len(group))
for call in (lambda: pwd.getpwnam("no-such-user-xyz"), lambda: pwd.getpwuid(987654),
             lambda: grp.getgrnam("no-such-group-xyz"), lambda: grp.getgrgid(987654),
             lambda: pwd.getpwnam(5)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
