# shutil.which with PATH, path= and modes, and the exceptions' hierarchy.
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
bin1 = os.path.join(base, 'bin1')
bin2 = os.path.join(base, 'bin2')
os.mkdir(bin1)
os.mkdir(bin2)
for folder, name, mode in [(bin1, 'tool', 0o755), (bin2, 'tool', 0o755), (bin1, 'data', 0o644), (bin2, 'data', 0o755),
                           (bin1, 'script.sh', 0o700)]:
    path = os.path.join(folder, name)
    with open(path, 'w') as f:
        f.write('#!/bin/sh\necho hi\n')
    os.chmod(path, mode)
os.mkdir(os.path.join(bin1, 'adir'))


def rel(p):
    return p if p is None else os.path.relpath(p, base)


search = bin1 + os.pathsep + bin2
for cmd in ['tool', 'data', 'script.sh', 'adir', 'missing']:
    print(cmd, rel(shutil.which(cmd, path=search)), rel(shutil.which(cmd, path=bin2 + os.pathsep + bin1)))
print(rel(shutil.which('data', mode=os.R_OK, path=search)), rel(shutil.which('data', mode=os.F_OK, path=search)))
print(shutil.which('tool', path=''), rel(shutil.which(os.path.join(bin1, 'tool'))), shutil.which(os.path.join(bin1, 'data')))
os.environ['PATH'] = search
print(rel(shutil.which('tool')), rel(shutil.which('data')), shutil.which('sh'))
os.environ['PATH'] = ''
print(shutil.which('tool'))
del os.environ['PATH']
print(shutil.which('sh') in ('/bin/sh', '/usr/bin/sh'))
os.chdir(bin1)
print(shutil.which('tool', path=os.pathsep), shutil.which('./tool'), shutil.which('./data'), shutil.which('./adir'))
for cls in [shutil.Error, shutil.SameFileError, shutil.SpecialFileError, shutil.ExecError, shutil.ReadError, shutil.RegistryError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(shutil.COPY_BUFSIZE, stat.S_ISDIR(os.stat(base).st_mode))
