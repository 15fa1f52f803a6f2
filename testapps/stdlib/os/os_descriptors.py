# os.open/read/write/close with O_* flags, utime, symlink/readlink/link, fsencode/fsdecode, statvfs, kill(pid, 0).
import os
import stat
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))


fd = os.open('data.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
print(type(fd).__name__, fd > 2, os.write(fd, b'hello '), os.write(fd, b'world'))
os.close(fd)
print(oct(stat.S_IMODE(os.stat('data.bin').st_mode)))
fd = os.open('data.bin', os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
fd = os.open('data.bin', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'!')
os.close(fd)
print(open('data.bin', 'rb').read())
show(os.open, 'data.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
show(os.open, 'missing/x', os.O_RDONLY)
show(os.close, 9999)
show(os.read, 9999, 1)
show(os.write, 1, 'text')
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)

os.utime('data.bin', (1000000000, 1500000000))
st = os.stat('data.bin')
print(st.st_atime, st.st_mtime)
os.utime('data.bin', ns=(2000000000123456789, 1600000000987654321))
st = os.stat('data.bin')
print(st.st_atime_ns, st.st_mtime_ns)
os.utime('data.bin', (1.5, 2.25))
print(os.stat('data.bin').st_mtime)
os.utime('data.bin')
print(os.stat('data.bin').st_mtime > 1600000000)
show(os.utime, 'missing', None)
show(os.utime, 'data.bin', (1, 2), ns=(1, 2))
show(os.utime, 'data.bin', 5)

os.symlink('data.bin', 'link')
print(os.readlink('link'), os.path.islink('link'), open('link', 'rb').read()[:5])
show(os.readlink, 'data.bin')
show(os.symlink, 'data.bin', 'link')
os.link('data.bin', 'hard')
print(os.stat('hard').st_nlink, os.path.samefile('hard', 'data.bin'))
show(os.link, 'missing', 'x')
print(os.fsencode('caf\u00e9'), os.fsdecode(b'caf\xc3\xa9'), os.fsdecode('str'), os.fsencode(b'raw') if False else '')
vfs = os.statvfs(base)
print(type(vfs).__name__, vfs.f_bsize > 0, vfs.f_blocks >= vfs.f_bfree >= 0, len(vfs), vfs.f_namemax)
show(os.statvfs, 'missing')
print(os.kill(os.getpid(), 0))
show(os.kill, 999999999, 0)
print(sorted(os.listdir('.')))
