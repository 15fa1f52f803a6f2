# Path's file-system methods in a temporary folder: create, read, write, list, glob, move, delete.
import os
import stat
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())


def rel(p):
    return p.relative_to(base).as_posix()


def show(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print(result.relative_to(base) if isinstance(result, Path) and result.is_absolute() else result)
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(base), '<base>'))


print(base.exists(), base.is_dir(), base.is_file())
docs = base / 'docs'
show(docs.mkdir)
show(docs.mkdir)
show(docs.mkdir, exist_ok=True)
show((base / 'a' / 'b' / 'c').mkdir)
show((base / 'a' / 'b' / 'c').mkdir, parents=True)
show((base / 'a' / 'b').mkdir, parents=True, exist_ok=True)

readme = docs / 'README.md'
print(readme.write_text('# Title\nline two\n'), readme.read_text(), readme.read_bytes())
print(readme.exists(), readme.is_file(), readme.is_dir(), readme.stat().st_size)
data = base / 'data.bin'
print(data.write_bytes(b'\x00\x01\x02'), data.read_bytes(), data.write_bytes(bytearray(b'xy')), data.read_bytes())
show(data.write_bytes, 'text')
show(data.write_text, b'bytes')
print((docs / 'u.txt').write_text('h\u00e9llo\n', encoding='latin-1'), (docs / 'u.txt').read_bytes())
print((docs / 'u.txt').read_text(encoding='latin-1'))
with (docs / 'notes.txt').open('w') as f:
    f.write('first\nsecond\n')
with (docs / 'notes.txt').open() as f:
    print(f.readlines())
show((base / 'missing.txt').read_text)
show(docs.read_text)

(base / 'touched').touch()
print((base / 'touched').exists(), (base / 'touched').stat().st_size)
(base / 'touched').touch()
show((base / 'touched').touch, exist_ok=False)
(base / 'mode').touch(mode=0o600)
print(oct(stat.S_IMODE((base / 'mode').stat().st_mode)))
(base / 'mode').chmod(0o640)
print(oct(stat.S_IMODE((base / 'mode').stat().st_mode)), stat.filemode((base / 'mode').stat().st_mode))

print(sorted(rel(p) for p in base.iterdir()))
print(sorted(rel(p) for p in docs.iterdir()))
show(lambda: list((base / 'nope').iterdir()))
print(sorted(rel(p) for p in base.glob('*')))
print(sorted(rel(p) for p in base.glob('*.txt')), sorted(rel(p) for p in base.glob('docs/*.txt')))
print(sorted(rel(p) for p in base.glob('**/*.txt')), sorted(rel(p) for p in base.rglob('*.md')))
print(sorted(rel(p) for p in base.glob('*/')), sorted(rel(p) for p in base.glob('**')))
print(sorted(rel(p) for p in base.rglob('*')))
print(sorted(rel(p) for p in base.glob('a/b')), sorted(rel(p) for p in base.glob('a/[bc]/c')), list(base.glob('zz*')))
show(lambda: list(base.glob('')))
show(lambda: list(base.glob('/abs')))
show(lambda: list(base.glob('a**b')))

moved = (docs / 'notes.txt').rename(base / 'notes.txt')
print(type(moved).__name__, rel(moved), moved.exists(), (docs / 'notes.txt').exists())
replaced = moved.replace(docs / 'u.txt')
print(rel(replaced), replaced.read_text())
show((base / 'ghost').rename, base / 'x')

print(readme.samefile(docs / '.' / 'README.md'), readme.samefile(str(readme)), readme.samefile(data))
print(rel((docs / '..' / 'docs' / 'README.md').resolve()), (base / 'ghost').resolve() == base.resolve() / 'ghost')
show((base / 'ghost').resolve, strict=True)
(base / 'link').symlink_to(readme)
print(rel((base / 'link').readlink()), Path('/').is_mount(), base.is_mount(), (base / 'nope').is_mount())
show((base / 'link').symlink_to, readme)
show((base / 'link').readlink().readlink)
(base / 'hard').hardlink_to(readme)
print((base / 'hard').stat().st_nlink, (base / 'hard').samefile(readme))
(base / 'hard').unlink()
print((base / 'link').is_symlink(), readme.is_symlink(), rel((base / 'link').resolve()), (base / 'link').read_text()[:7])

show((base / 'ghost').unlink)
(base / 'ghost').unlink(missing_ok=True)
(base / 'link').unlink()
show(docs.rmdir)
for p in sorted(docs.iterdir()):
    p.unlink()
docs.rmdir()
show(docs.rmdir)
show(docs.stat)
print(sorted(rel(p) for p in base.rglob('*')))
print(base.with_name('x').name == 'x', (base / 'touched').exists(), (base / 'ghost').exists(), (base / 'touched' / 'x').exists())
