# shutil's error paths: copytree's Error with every failure, rmtree's onerror calls, move's
# refusals and overwrites, SameFileError through links, named pipes, ignore_patterns.
import os
import shutil
import subprocess
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)


def show(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print(result.replace(base, '<base>') if isinstance(result, str) else result)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))


def write(name, text='data'):
    os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
    with open(name, 'w') as f:
        f.write(text)


for name in ['src/a.txt', 'src/b.log', 'src/keep/c.txt', 'src/keep/d.log', 'src/deep/er/e.txt']:
    write(name, name)


def picky_copy(src, dst):
    if src.endswith('.log'):
        raise OSError(5, 'cannot copy logs', src)
    return shutil.copy2(src, dst)


try:
    shutil.copytree('src', 'dst', copy_function=picky_copy)
except shutil.Error as e:
    print(type(e.args[0]).__name__, len(e.args), sorted(e.args[0]))
    print(str(e) == str(e.args[0]), isinstance(e, OSError), e.errno, e.filename)
print(sorted(os.listdir('dst')), sorted(os.listdir('dst/keep')))
show(shutil.copytree, 'src', 'dst', dirs_exist_ok=True, ignore=shutil.ignore_patterns('*.log'))
show(shutil.copytree, 'src/a.txt', 'x')
show(shutil.copytree, 'src', 'src/a.txt/y')
ignore = shutil.ignore_patterns('*.txt', 'k*')
print(sorted(ignore('anywhere', ['a.txt', 'b.log', 'keep', 'x.TXT', 'kb'])), type(ignore('p', [])).__name__)


def always_fail(path, names):
    raise ValueError('ignore failed')


show(shutil.copytree, 'src', 'dst2', ignore=always_fail)
print(os.path.exists('dst2'))

calls = []


def record(func, path, exc_info):
    names = [n for n in ('lstat', 'open', 'scandir', 'rmdir', 'unlink') if getattr(os, n) is func]
    calls.append((names, path.replace(base, '<base>'), exc_info[0].__name__, exc_info[1].filename))


shutil.rmtree('src/a.txt', onerror=record)
shutil.rmtree('missing', onerror=record)
shutil.rmtree('missing', ignore_errors=True, onerror=record)
print(calls)
show(shutil.rmtree, 'src/a.txt')
show(shutil.rmtree, 'missing')
shutil.rmtree('dst')
print(os.path.exists('dst'), hasattr(shutil.rmtree, 'avoids_symlink_attacks'))

write('m/one.txt', '1')
write('m/two.txt', '2')
write('m/sub/three.txt', '3')
os.mkdir('into')
show(shutil.move, 'm/one.txt', 'into')
show(shutil.move, 'm/two.txt', 'into/one.txt')
print(open('into/one.txt').read(), sorted(os.listdir('into')), sorted(os.listdir('m')))
write('m/one.txt', 'again')
show(shutil.move, 'm/one.txt', 'into')
show(shutil.move, 'm', 'm/sub')
show(shutil.move, 'm', 'm/sub/deeper')
show(shutil.move, 'm/', 'into/')
print(sorted(os.listdir('into')), sorted(os.listdir('into/m')))
os.symlink('into/m', 'mlink')
show(shutil.move, 'mlink', 'mlink2')
print(os.path.islink('mlink2'), os.readlink('mlink2'), os.path.lexists('mlink'))
show(shutil.move, 'into/m/sub', 'into/m/sub')
moved = []
show(shutil.move, 'into/m/sub/three.txt', 'three.txt', copy_function=lambda s, d: moved.append(s))
print(moved, os.path.exists('three.txt'))

write('same.txt', 'same')
os.symlink('same.txt', 'same_link.txt')
os.link('same.txt', 'same_hard.txt')
show(shutil.copyfile, 'same.txt', 'same_link.txt')
show(shutil.copyfile, 'same_hard.txt', 'same.txt')
show(shutil.copy, 'same.txt', base)
show(shutil.copy2, 'same_link.txt', 'same.txt')
# mkfifo(1): PyPack's os has no mkfifo yet.
subprocess.run(['mkfifo', 'pipe'], check=True)
show(shutil.copyfile, 'pipe', 'out.txt')
show(shutil.copyfile, 'same.txt', 'pipe')
show(shutil.copyfile, 'same.txt', 'nodir/')
show(shutil.copystat, 'missing', 'same.txt')
show(shutil.copy, 'same.txt', 'newdir/')
print(shutil.copy('same.txt', 'c.txt'), shutil.copy2('same.txt', 'c2.txt'), shutil.copyfile('same.txt', 'c3.txt'))
print(shutil.Error('x'), shutil.Error([('a', 'b', 'c')]), repr(shutil.SameFileError('s')), shutil.ReadError('r').args)
