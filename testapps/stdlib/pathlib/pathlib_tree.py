# Path on a small tree: mkdir with parents and its errors, glob patterns ('**', trailing '/', literal
# and wildcard parts, hidden files), rglob, symlinks in '**', resolve and readlink, iterdir laziness.
import os
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())


def names(paths):
    return sorted(p.relative_to(base).as_posix() for p in paths)


def show(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print(names(result) if isinstance(result, list) else result)
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(base), '<base>'))


(base / 'src' / 'pkg' / 'sub').mkdir(parents=True)
for rel in ['src/a.py', 'src/.hidden.py', 'src/pkg/__init__.py', 'src/pkg/sub/deep.py', 'src/pkg/data.txt',
            'README', 'src/pkg/sub/notes.TXT']:
    (base / rel).write_text(rel)
(base / 'file').touch()
show((base / 'file' / 'x' / 'y').mkdir, parents=True)
show((base / 'file').mkdir, exist_ok=True)
show((base / 'src').mkdir, parents=True)
show((base / 'src').mkdir, parents=True, exist_ok=True)
show((base / 'n1' / 'n2').mkdir, 0o700, True)
print(oct((base / 'n1' / 'n2').stat().st_mode & 0o777), (base / 'n1').is_dir())

for pattern in ['*', '*/', 'src/*.py', 'src/**/*.py', '**/', '**', 'src/**', '*/pkg/*', 'src/pkg/sub/*.txt',
                'src/pkg/sub/*.TXT', 'src/[a-z].py', 'src/?.py', 'src/./pkg', 'src/pkg/..', 'nothing/*',
                'README/', 'README', 'src/pkg/sub/']:
    show(lambda: list(base.glob(pattern)))
for pattern in ['*.py', '*.txt', 'sub', 'sub/', '', 'pkg/*']:
    show(lambda: list(base.rglob(pattern)))
for pattern in ['', '/x', 'a**', '**x/y', 'src/**b']:
    show(lambda: list(base.glob(pattern)))
show(lambda: list((base / 'README').glob('*')))
show(lambda: list((base / 'missing').glob('*')))

(base / 'src' / 'loop').symlink_to(base / 'src', target_is_directory=True)
show(lambda: list(base.glob('**/deep.py')))
show(lambda: list(base.glob('src/loop/*.py')))
print((base / 'src' / 'loop').is_dir(), (base / 'src' / 'loop').is_symlink(),
      (base / 'src' / 'loop').resolve() == (base / 'src').resolve(), (base / 'src' / 'loop').readlink() == base / 'src')
(base / 'l1').symlink_to('l2')
(base / 'l2').symlink_to('l1')
show((base / 'l1').resolve)
show((base / 'l1').resolve, strict=True)
print((base / 'l1').exists(), (base / 'l1').is_symlink(), (base / 'l1').is_file())
it = (base / 'gone').iterdir()
print(type(it).__name__)
show(lambda: next(it))
show(lambda: (base / 'README').samefile(base / 'missing'))
print((base / 'README').samefile(base / 'src' / '..' / 'README'))
show((base / 'a' / 'b').touch)
show((base / 'README').rmdir)
show((base / 'src').unlink)
print(Path(str(base) + '\0x').exists(), Path(str(base) + '\0x').is_dir())
