# PurePath and PurePosixPath: construction, joining, the parts, and the errors.
from pathlib import PurePath, PurePosixPath, Path

for args in [(), ('a',), ('a', 'b/c'), ('/a', 'b'), ('a', '/b', 'c'), ('//srv', 'x'), ('///x',),
             ('a//b/./c/',), ('.',), ('..', 'a'), (PurePath('p'), 'q')]:
    p = PurePath(*args)
    print(repr(p), str(p), p.parts, repr(p.anchor), repr(p.root), p.is_absolute())

p = PurePosixPath('/usr/local/lib/python3.11/archive.tar.gz')
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parent.parent, list(p.parents))
print(len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
for n in ['', '.bashrc', 'a.', 'a.b.', 'x.tar.gz', '..', 'noext']:
    q = PurePath('dir') / n
    print(repr(n), repr(q.name), repr(q.stem), repr(q.suffix), q.suffixes)

print(p.with_name('other.zip'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('new'))
print(PurePath('a/b.txt').with_suffix('.md'), PurePath('README').with_suffix('.rst'))
for f, arg in [(p.with_name, ''), (p.with_name, 'a/b'), (p.with_suffix, 'gz'), (p.with_suffix, '.'),
               (p.with_suffix, '/x'), (PurePath('/').with_name, 'x'), (PurePath('').with_suffix, '.txt'),
               (PurePath('/').with_stem, 'x')]:
    try:
        print(f(arg))
    except ValueError as e:
        print(type(e).__name__, e)

print(PurePath('a') / 'b' / PurePath('c', 'd'), 'x' / PurePath('y'), PurePath('a') / '/abs')
print(PurePath('a').joinpath('b', 'c'), PurePath('a').joinpath(), PurePath('/a').joinpath('..', 'b'))
for bad in [lambda: PurePath('a') / 5, lambda: 5 / PurePath('a'), lambda: PurePath(3), lambda: PurePath('a').joinpath(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b').relative_to('/'), PurePath('a/b').relative_to('a'))
print(PurePath('/a/b/c').relative_to('/a', 'b'), repr(PurePath('a').relative_to('a')))
for a, b in [('/a/b', '/c'), ('a/b', '/a'), ('/a', 'a'), ('/a', '')]:
    try:
        print(PurePath(a).relative_to(b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    PurePath('a').relative_to()
except TypeError as e:
    print(type(e).__name__, e)
print(PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('/c'), PurePath('a').is_relative_to('/'))

for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'), ('/a.py', '/*.py'),
                  ('a/b.py', '/*.py'), ('b.PY', '*.py'), ('a/b/c', 'a/*'), ('x', '?'), ('data.csv', '[cd]ata.*')]:
    print(path, pat, PurePath(path).match(pat))
try:
    PurePath('a').match('')
except ValueError as e:
    print(type(e).__name__, e)

print(PurePath('/a/b').as_posix(), PurePath('/tmp/a b/ü').as_uri())
try:
    PurePath('rel').as_uri()
except ValueError as e:
    print(type(e).__name__, e)
print(PurePath('a/b').drive == '', PurePath('a').is_reserved())
