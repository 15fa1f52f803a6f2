# The archive and unpack format registries with custom formats, make_archive's root_dir,
# base_dir, dry_run and logger, unpack_archive's format lookup, and get_terminal_size.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs('data/sub')
with open('data/sub/f.txt', 'w') as f:
    f.write('x')


def show(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print(result.replace(base, '<base>') if isinstance(result, str) else result)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))


def packer(base_name, base_dir, **kwargs):
    kwargs.pop('logger')
    print('packer', base_name.replace(base, '<base>'), base_dir, sorted(kwargs.items()), os.getcwd().replace(base, '<base>'))
    return base_name + '.pk'


def unpacker(filename, extract_dir, **kwargs):
    print('unpacker', filename, extract_dir.replace(base, '<base>'), sorted(kwargs.items()))


class Log:
    def info(self, msg, *args):
        print('info:', (msg % args).replace(base, '<base>'))

    def debug(self, msg, *args):
        print('debug:', (msg % args).replace(base, '<base>'))


show(shutil.register_archive_format, 'pk', 'notcallable')
show(shutil.register_archive_format, 'pk', packer, 'ab')
show(shutil.register_archive_format, 'pk', packer, [('level',)])
show(shutil.register_archive_format, 'pk', packer, [['level', 9]], 'packed')
print([f for f in shutil.get_archive_formats() if f[0] in ('pk', 'zip')])
show(shutil.make_archive, 'out', 'pk')
show(shutil.make_archive, 'out', 'pk', 'data', 'sub', dry_run=True, owner='me', logger=Log())
show(shutil.make_archive, 'out', 'pk', root_dir='data', logger=Log())
print(os.getcwd().replace(base, '<base>'))
show(shutil.make_archive, 'out', 'pk', root_dir='data/sub/f.txt')
show(shutil.make_archive, 'out', 'pk', root_dir='nowhere')
show(shutil.make_archive, 'out', 'nope')
show(shutil.make_archive, 'out/z', 'zip', 'data', logger=Log())
show(shutil.make_archive, 'out/t', 'tar', 'data', 'sub', dry_run=1, logger=Log())
print(sorted(os.listdir('out')) if os.path.isdir('out') else 'no out')
show(shutil.unregister_archive_format, 'pk')
show(shutil.unregister_archive_format, 'pk')
print([f[0] for f in shutil.get_archive_formats() if f[0] in ('pk', 'zip')])

show(shutil.register_unpack_format, 'pk', ['.pk'], 'notcallable')
show(shutil.register_unpack_format, 'pk', ['.zip'], unpacker)
show(shutil.register_unpack_format, 'pk', ['.pk', '.pack'], unpacker, [('mode', 'fast')], 'packed')
show(shutil.register_unpack_format, 'pk2', ['.pack'], unpacker)
print([f for f in shutil.get_unpack_formats() if f[0] in ('pk', 'tar')])
show(shutil.unpack_archive, 'thing.pack', 'dest')
show(shutil.unpack_archive, 'thing.bin', 'dest', 'pk')
show(shutil.unpack_archive, 'thing.pk', filter='data')
show(shutil.unpack_archive, 'thing.bin')
show(shutil.unpack_archive, 'thing.bin', 'dest', 'nope')
show(shutil.unregister_unpack_format, 'pk')
show(shutil.unregister_unpack_format, 'pk')
show(shutil.unpack_archive, 'thing.pk')

saved = {k: os.environ.get(k) for k in ('COLUMNS', 'LINES')}
try:
    for columns, lines in [(None, None), ('100', None), ('100', '40'), ('abc', '5'), ('0', '-3')]:
        for key, value in (('COLUMNS', columns), ('LINES', lines)):
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if columns == '100' and lines == '40':
            size = shutil.get_terminal_size((1, 2))
            print(size.columns, size.lines, tuple(size), type(size).__name__)
        else:
            # Not a terminal here: the fallback fills what the environment does not give.
            print(tuple(shutil.get_terminal_size((10, 20))), tuple(shutil.get_terminal_size(fallback=(30, 40))))
    os.environ['COLUMNS'] = '5'
    os.environ['LINES'] = '6'
    print(tuple(shutil.get_terminal_size()))
finally:
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
