# Equality, hashing, ordering, sorting and the types PurePath and Path make.
import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath

print(type(PurePath('a')).__name__, type(Path('a')).__name__, type(PosixPath('a')).__name__)
print(isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath), isinstance(PurePath('a'), Path))
print(PurePath('a/b') == PurePath('a', 'b'), PurePath('a/b') == PurePath('a/b/'), PurePath('a') == 'a')
print(PurePath('a') != PurePath('b'), Path('x') == PurePosixPath('x'), PurePath('/a') == PurePath('//a'))
print(hash(PurePath('a/b')) == hash(PurePath('a', 'b')), hash(Path('a')) == hash(PurePath('a')))
print(PurePath('a') < PurePath('b'), PurePath('a/b') < PurePath('a'), PurePath('/z') > PurePath('a'))
print(sorted([Path('b'), Path('a/c'), Path('a'), Path('/x'), Path('A')]))
print(len({Path('a'), Path('a/'), Path('./a'), Path('b')}))
print({PurePath('k'): 1}[PurePath('k')])
for bad in [lambda: PurePath('a') < 'b', lambda: PurePath('a') >= 3]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(os.fspath(Path('a/b')), str(Path('a') / 'b'), f"{Path('x/y')}", '%s' % PurePath('q'))
print(os.path.join(Path('a'), 'b'), os.fsencode(PurePath('a/é')), os.fsdecode(b'x/y'))
try:
    Path('a').extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Path('~/docs').expanduser() == Path(os.path.expanduser('~')) / 'docs', Path('x/~').expanduser())
print(Path.home() == Path(os.path.expanduser('~')), Path.cwd() == Path(os.getcwd()))
print(Path('a/b').absolute() == Path(os.getcwd(), 'a', 'b'), Path('/a').absolute())
