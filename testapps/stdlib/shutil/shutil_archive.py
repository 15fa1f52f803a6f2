# make_archive and unpack_archive for zip, tar, gztar and bztar; the formats; the errors; disk_usage.
import os
import shutil
import tarfile
import tempfile
import zipfile

base = tempfile.mkdtemp()
os.chdir(base)
for name, text in [('site/index.html', '<h1>hi</h1>\n'), ('site/css/main.css', 'body {}\n'), ('site/js/app.js', 'run()\n')]:
    os.makedirs(os.path.dirname(name), exist_ok=True)
    with open(name, 'w') as f:
        f.write(text)
os.makedirs('site/empty')


def show(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print(result.replace(base, '<base>') if isinstance(result, str) else result)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))


# xztar is there when CPython has lzma; PyPack has not.
print([f for f in shutil.get_archive_formats() if f[0] != 'xztar'])
print([f for f in shutil.get_unpack_formats() if f[0] != 'xztar'])
show(shutil.make_archive, 'out/site', 'zip', root_dir='site')
with zipfile.ZipFile('out/site.zip') as z:
    print(sorted((i.filename, i.file_size) for i in z.infolist()))
show(shutil.make_archive, 'out/site2', 'zip', base_dir='site')
with zipfile.ZipFile('out/site2.zip') as z:
    print(sorted(z.namelist()))
show(shutil.make_archive, 'out/site', 'gztar', root_dir='.', base_dir='site')
with tarfile.open('out/site.tar.gz') as t:
    print(sorted((m.name, m.size, m.isdir()) for m in t.getmembers()))
show(shutil.make_archive, 'out/site', 'bztar', root_dir='.', base_dir='site')
with tarfile.open('out/site.tar.bz2') as t:
    print(sorted((m.name, m.size, m.isdir()) for m in t.getmembers()))
show(shutil.make_archive, os.path.join(base, 'out', 'plain'), 'tar', 'site', 'css')
with tarfile.open('out/plain.tar') as t:
    print(sorted(t.getnames()))
print(sorted(os.listdir('out')))

show(shutil.unpack_archive, 'out/site.zip', 'x1')
show(shutil.unpack_archive, 'out/site.tar.gz', 'x2')
show(shutil.unpack_archive, 'out/plain.tar', 'x3', 'tar')
show(shutil.unpack_archive, 'out/site.tar.bz2', 'x6')
for top in ['x1', 'x2', 'x3', 'x6']:
    found = []
    for root, dirs, files in os.walk(top):
        found += [os.path.relpath(os.path.join(root, f), top) for f in files]
    print(top, sorted(found))
print(open('x2/site/css/main.css').read(), end='')

show(shutil.make_archive, 'bad', 'rar', 'site')
show(shutil.make_archive, 'bad', 'zip', 'site/index.html')
show(shutil.make_archive, 'bad', 'zip', 'missing')
show(shutil.unpack_archive, 'out/site.zip', 'x4', 'rar')
show(shutil.unpack_archive, 'site/index.html')
with open('fake.zip', 'w') as f:
    f.write('not a zip')
show(shutil.unpack_archive, 'fake.zip', 'x5')
show(shutil.unpack_archive, 'fake.zip', 'x5', 'gztar')
usage = shutil.disk_usage(base)
print(type(usage).__name__, usage._fields, usage.total >= usage.used, usage.free <= usage.total, len(usage))
show(shutil.disk_usage, 'missing')
