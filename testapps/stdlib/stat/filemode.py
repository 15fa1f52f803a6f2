# stat.filemode: every file type letter, the permission letters, set-uid/set-gid/sticky in
# upper and lower case, unknown types, and the modes of real files.
import os
import stat
import tempfile

for kind in [stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO,
             stat.S_IFSOCK, 0, 0o170000, 0o030000, 0o050000, 0o110000]:
    print(oct(kind), stat.filemode(kind | 0o644), stat.filemode(kind | 0o755), stat.filemode(kind))
for perm in [0o000, 0o777, 0o400, 0o040, 0o004, 0o222, 0o111, 0o4000, 0o4100, 0o2000, 0o2010,
             0o1000, 0o1001, 0o7000, 0o7777, 0o6755, 0o1777, 0o2755, 0o4711]:
    print(oct(perm), stat.filemode(stat.S_IFREG | perm), stat.filemode(stat.S_IFDIR | perm))
print(stat.filemode(0o37700000644), stat.filemode(0xFFFFFFFF), stat.filemode(True))

base = tempfile.mkdtemp()
os.chdir(base)
with open('file.txt', 'w') as f:
    f.write('x')
os.mkdir('folder')
os.symlink('file.txt', 'link')
for name, mode in [('file.txt', 0o640), ('folder', 0o1775)]:
    os.chmod(name, mode)
for name in ['file.txt', 'folder']:
    print(name, stat.filemode(os.stat(name).st_mode))
print('link', stat.filemode(os.lstat('link').st_mode)[0], stat.filemode(os.stat('link').st_mode))
print('/dev/null', stat.filemode(os.stat('/dev/null').st_mode)[0])
