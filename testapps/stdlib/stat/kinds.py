# The S_IS* tests, S_IFMT and S_IMODE on real files (regular, folder, link, pipe, character
# device) and on built modes; the constants and the ST_* indexes into os.stat()'s tuple.
import os
import stat
import subprocess
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
with open('file.txt', 'w') as f:
    f.write('hello')
os.mkdir('folder')
os.symlink('file.txt', 'link')
# mkfifo(1): PyPack's os has no mkfifo yet.
subprocess.run(['mkfifo', 'pipe'], check=True)
tests = ['S_ISREG', 'S_ISDIR', 'S_ISLNK', 'S_ISFIFO', 'S_ISCHR', 'S_ISBLK', 'S_ISSOCK', 'S_ISDOOR',
         'S_ISPORT', 'S_ISWHT']
for name, mode in [('file.txt', os.lstat('file.txt').st_mode), ('folder', os.lstat('folder').st_mode),
                   ('link', os.lstat('link').st_mode), ('link->', os.stat('link').st_mode),
                   ('pipe', os.lstat('pipe').st_mode), ('/dev/null', os.stat('/dev/null').st_mode)]:
    print(name, [t[4:] for t in tests if getattr(stat, t)(mode)], oct(stat.S_IFMT(mode)))
os.chmod('file.txt', 0o4751)
mode = os.stat('file.txt').st_mode
print(oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), stat.S_IMODE(mode) | stat.S_IFMT(mode) == mode)
print(bool(mode & stat.S_IXGRP), bool(mode & stat.S_IWGRP), bool(mode & stat.S_ISUID), bool(mode & stat.S_IRWXO))

st = os.stat('file.txt')
print(st[stat.ST_SIZE], st[stat.ST_MODE] == st.st_mode, st[stat.ST_INO] == st.st_ino, st[stat.ST_NLINK])
print(st[stat.ST_MTIME] == int(st.st_mtime), st[stat.ST_UID] == st.st_uid, st[stat.ST_GID] == st.st_gid)
print([stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID, stat.ST_SIZE,
       stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME])
names = ['S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFREG', 'S_IFIFO', 'S_IFLNK', 'S_IFSOCK', 'S_IFDOOR',
         'S_IFPORT', 'S_IFWHT', 'S_ISUID', 'S_ISGID', 'S_ENFMT', 'S_ISVTX', 'S_IREAD', 'S_IWRITE',
         'S_IEXEC', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP',
         'S_IXGRP', 'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH']
print([(n, oct(getattr(stat, n))) for n in names])
flags = ['UF_NODUMP', 'UF_IMMUTABLE', 'UF_APPEND', 'UF_OPAQUE', 'UF_NOUNLINK', 'UF_COMPRESSED',
         'UF_HIDDEN', 'SF_ARCHIVED', 'SF_IMMUTABLE', 'SF_APPEND', 'SF_NOUNLINK', 'SF_SNAPSHOT']
print([(n, hex(getattr(stat, n))) for n in flags])
print(sorted((getattr(stat, n), n) for n in dir(stat) if n.startswith('FILE_ATTRIBUTE_')))
print(stat.S_IRWXU == stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR, stat.S_IMODE(0o170777), stat.S_IFMT(0o170777))
