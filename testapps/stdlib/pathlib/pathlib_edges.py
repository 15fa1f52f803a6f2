# PurePath corner cases: parents as a sequence, with_name/with_suffix checks, match, relative_to,
# constructor argument types, copying and pickling.
import copy
from pathlib import PurePath, PurePosixPath as P, Path
import pathlib


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


p = P('a/b/c')
for i in [0, 2, -1, -3, 3, -4, 'x', 1.0, slice(None, None, -1), slice(-2, None), slice(1, 10, 2)]:
    show(lambda: p.parents[i])
print(list(P('/').parents), list(P('.').parents), len(P('/a').parents), P('/a').parents[0], list(P('//a/b').parents))
print([str(x) for x in P('/x/y').parents], P('/x/y').parents[-1], len(P('a/b/c').parents))
for n in ['a/.', '.', '..', 'a/', '/a', 'a b', 'x.', None, 'a\\b']:
    show(P('x/y').with_name, n)
show(P('a').with_stem, '')
show(P('a.txt').with_stem, '')
print(P('.a.b').stem, P('.a.b').suffixes, P('a..b').suffixes, P('a..b').suffix, P('a..b').stem)
print(P('x.tar.gz').with_suffix(''), P('.bashrc').with_suffix('.x'), P('a.b').with_suffix('.c.d'))
for s in ['.', None, 'x', '.a/b']:
    show(P('a').with_suffix, s)
print(P('/a').match('*/a'), P('/a').match('/*'), P('/').match('/'), P('a').match('a/'), P('//a').match('/a'),
      P('a/b').match('**/b'), P('a/b/c').match('a/**'), P('a/b').match('b'), P('a/b').match('a'))
show(P('/').match, '.')
show(P('a').relative_to, 3)
show(P, b'a')
show(lambda: P('a') / b'x')
show(lambda: Path('a', x=1))
show(pathlib.WindowsPath, 'a')
print(pathlib.__all__)
print(P('a') == P('a'), P('a').__eq__('a'), P('/a/b').is_relative_to('/a', 'b'), P('/a/b').relative_to('/a', 'b'))
print(P('a').joinpath(P('/b'), 'c'), P('a').joinpath(), P('a', '', 'b'), P('', '/'))
print(repr(P('/') / ''), repr(P('') / 'a'), repr(P('a') / '.'), repr(P('a') / '..'), repr(P('//a') / '//b'))
print(P('/a/b').parent.parent.parent, P('..').parent, P('../..').name, P('//').parent)
print(repr(copy.copy(P('a/b'))), repr(copy.deepcopy(Path('/x'))), P('a').__reduce__())
print(bytes(P('a/b')))
print(repr(PurePath('x', P('y'), 'z')), type(PurePath()).__name__, str(PurePath()))
print(P('/a/b') >= P('/a'), P('a') <= P('a'), max([P('a'), P('b/c'), P('b')]), P('/') < P('a'))
print(P('a/b').with_name('c').with_suffix('.d').with_stem('e'), P('/a/b.c').as_uri())
