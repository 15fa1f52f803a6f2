# copytree (ignore, dirs_exist_ok, symlinks, errors), rmtree (ignore_errors, onerror) and move.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)


def tree(top):
    found = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            found.append(os.path.relpath(os.path.join(root, name), top))
        for name in dirs:
            found.append(os.path.relpath(os.path.join(root, name), top) + '/')
    return sorted(found)


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))


for name in ['proj/a.py', 'proj/b.txt', 'proj/pkg/__init__.py', 'proj/pkg/mod.py', 'proj/pkg/mod.pyc',
             'proj/__pycache__/x.pyc', 'proj/build/out.o', 'proj/docs/index.md']:
    os.makedirs(os.path.dirname(name), exist_ok=True)
    with open(name, 'w') as f:
        f.write(name)
os.symlink('a.py', 'proj/link.py')

show(shutil.copytree, 'proj', 'copy')
print(tree('copy'), os.path.islink('copy/link.py'))
show(shutil.copytree, 'proj', 'copy')
show(shutil.copytree, 'proj', 'copy', dirs_exist_ok=True)
show(shutil.copytree, 'proj', 'filtered', ignore=shutil.ignore_patterns('*.pyc', '__pycache__', 'build'))
print(tree('filtered'))
show(shutil.copytree, 'proj', 'links', symlinks=True)
print(os.path.islink('links/link.py'), os.readlink('links/link.py'))
seen = []


def ignore(folder, names):
    seen.append((os.path.relpath(folder, base), sorted(names)))
    return ['docs']


show(shutil.copytree, 'proj', 'custom', ignore=ignore)
print(seen, tree('custom'))
copied = []


def recording_copy(src, dst):
    copied.append((src, dst))
    return shutil.copy(src, dst)


shutil.copytree('proj/pkg', 'pkgcopy', copy_function=recording_copy)
print(sorted(copied))
show(shutil.copytree, 'missing', 'x')
os.symlink('nowhere', 'proj/dangling')
show(shutil.copytree, 'proj', 'withdangling')
show(shutil.copytree, 'proj', 'skipdangling', ignore_dangling_symlinks=True)
print(tree('skipdangling'))
os.unlink('proj/dangling')

show(shutil.rmtree, 'copy')
print(os.path.exists('copy'))
show(shutil.rmtree, 'copy')
show(shutil.rmtree, 'copy', ignore_errors=True)
errors = []
shutil.rmtree('copy', onerror=lambda func, path, exc: errors.append((func is os.lstat, path, exc[0].__name__)))
print(errors)
show(shutil.rmtree, 'proj/a.py')
os.symlink('filtered', 'dirlink')
show(shutil.rmtree, 'dirlink')
print(os.path.exists('filtered'))

show(shutil.move, 'filtered', 'moved')
print(os.path.exists('filtered'), tree('moved') == tree('custom') + ['docs/', 'docs/index.md'] or tree('moved'))
os.mkdir('target')
show(shutil.move, 'moved', 'target')
show(shutil.move, 'custom/a.py', 'target/')
show(shutil.move, 'custom/b.txt', 'renamed.txt')
print(tree('target'))
os.mkdir('target2')
os.mkdir('target2/moved')
show(shutil.move, 'target/moved', 'target2')
show(shutil.move, 'target', 'target/inside')
show(shutil.move, 'nothing', 'x')
shutil.rmtree('target')
print(sorted(os.listdir('.')))
