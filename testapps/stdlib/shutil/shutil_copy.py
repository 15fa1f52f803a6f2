# shutil's file copies: copyfileobj, copyfile, copy, copy2, copymode, copystat, and their errors.
import io
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))


with open('src.txt', 'w') as f:
    f.write('some text\n' * 3)
os.chmod('src.txt', 0o640)
os.utime('src.txt', (1000000000, 1200000000))
os.mkdir('dir')

show(shutil.copyfile, 'src.txt', 'copy1.txt')
print(open('copy1.txt').read() == open('src.txt').read(), oct(stat.S_IMODE(os.stat('copy1.txt').st_mode)))
show(shutil.copy, 'src.txt', 'copy2.txt')
print(oct(stat.S_IMODE(os.stat('copy2.txt').st_mode)), os.stat('copy2.txt').st_mtime == 1200000000)
show(shutil.copy2, 'src.txt', 'copy3.txt')
st = os.stat('copy3.txt')
print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime)
show(shutil.copy, 'src.txt', 'dir')
show(shutil.copy2, 'src.txt', 'dir/')
print(sorted(os.listdir('dir')))
with open('other.txt', 'w') as f:
    f.write('x')
show(shutil.copymode, 'src.txt', 'other.txt')
print(oct(stat.S_IMODE(os.stat('other.txt').st_mode)))
show(shutil.copystat, 'src.txt', 'other.txt')
print(os.stat('other.txt').st_mtime, open('other.txt').read())

show(shutil.copyfile, 'src.txt', 'src.txt')
show(shutil.copy, 'src.txt', './src.txt')
show(shutil.copyfile, 'missing.txt', 'x.txt')
show(shutil.copyfile, 'src.txt', 'nodir/x.txt')
show(shutil.copyfile, 'src.txt', 'dir')
show(shutil.copyfile, 'dir', 'x.txt')
show(shutil.copy, 'missing.txt', 'dir')
show(shutil.copymode, 'missing.txt', 'other.txt')
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

os.symlink('src.txt', 'link.txt')
show(shutil.copyfile, 'link.txt', 'deref.txt')
show(shutil.copyfile, 'link.txt', 'keep.txt', follow_symlinks=False)
print(os.path.islink('deref.txt'), os.path.islink('keep.txt'), os.readlink('keep.txt'))
show(shutil.copy2, 'link.txt', 'keep2.txt', follow_symlinks=False)
print(os.path.islink('keep2.txt'))

src = io.BytesIO(b'0123456789' * 1000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()), dst.getvalue()[:12])
src = io.StringIO('text stream')
dst = io.StringIO()
shutil.copyfileobj(src, dst)
print(dst.getvalue())
with open('src.txt', 'rb') as fin, open('fromobj.txt', 'wb') as fout:
    shutil.copyfileobj(fin, fout)
print(os.path.getsize('fromobj.txt'), sorted(os.listdir('.')))
