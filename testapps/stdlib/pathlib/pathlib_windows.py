# PureWindowsPath on any system: drives, UNC shares, long-path prefixes, joining, case folding.
from pathlib import PureWindowsPath as W, PurePosixPath as P


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


cases = [('c:/Users\\x',), ('c:',), ('c:a', 'b'), ('c:/a', 'd:b'), ('c:/a', '/b'), ('c:/a', 'c:b'),
         ('c:a', 'C:b'), ('//server/share/x',), ('\\\\server\\share',), ('//?/c:/x',), ('/a',), ('a/b',),
         ('',), ('c:/a', 'D:'), ('//server',), ('///a',), ('c:/a', '//srv/sh/b'), ('a', 'c:'), ('C:/', '..'),
         ('\\\\.\\device\\x',), ('a:b:c',), ('c:a', 'C:/b'), ('1:x',), ('\\\\?\\foo',), ('\\\\?\\UNC\\s\\h\\x',),
         ('\\\\?\\UNC\\s',), ('\\\\s\\\\x',), ('c:\\\\\\a',), ('c:/x', 'a', '/b', 'c'), ('d:', 'c:/a', '/b'),
         ('//s/h/x', '/y'), ('c:', '\\\\s\\h'), ('c:/a/./b/../c',)]
for args in cases:
    p = W(*args)
    print(args, repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), p.is_absolute(),
          repr(p.name), p.as_posix())

print(W('C:/A') == W('c:/a'), hash(W('C:/A')) == hash(W('c:/a')), W('a') == P('a'), W('B') < W('a'))
print(sorted([W('b'), W('A'), W('c:/x'), W('/z')]), W('Ä') == W('ä'), W('c:/a') < W('C:/b'))
show(lambda: W('a') < P('b'))
print(W('c:/a/b').parents[0], list(W('c:/a/b').parents), list(W('c:a/b').parents), list(W('//s/h/a').parents))
print(W('c:/a') / 'c:b', W('c:/a') / 'C:b', W('c:a') / 'c:b', W('c:/a') / '/b', W('c:/a') / 'd:', W('/a') / 'c:b')
print(W('c:/a').joinpath('c:b', 'd'), 'x' / W('c:/a'), 'c:' / W('x'), 'c:/a' / W('c:b'))
print(W(P('a/b')), P(W('a\\b')), P('a') / W('b'), P('a').joinpath(W('c:/x')))
print(W('c:/a/b').relative_to('C:/A'), W('//s/h/a').relative_to('//S/H'), W('c:/a/b').relative_to('c:'))
print(repr(W('c:/a').relative_to('c:/a')), W('c:a/b').relative_to('c:'), W('c:/a').is_relative_to('C:/'))
for other in ['d:/', 'c:a', 'd:', 'a']:
    show(W('c:/a/b').relative_to, other)
for name in ['x', 'd:', 'a\\', 'x:y', 'a/.']:
    show(W('c:/a').with_name, name)
show(W('c:/').with_name, 'd')
for suffix in ['.x', '\\x', '.a\\x', '/x']:
    show(W('a').with_suffix, suffix)
print(W('A.TXT').suffix, repr(W('c:').name), W('c:').parent, W('c:/').parent, W('c:/a/').stem)
print(W('c:/a/b.TXT').match('*.txt'), W('c:/a/B.txt').match('C:/A/*.txt'), W('a/b').match('A/*'),
      W('c:/a').match('/a'), W('c:/a').match('c:a'), W('c:/x/a').match('c:a'), W('/a').match('/A'))
print(W('c:/a').as_uri(), W('//s/h/a b').as_uri(), W('c:/é').as_uri())
show(W('c:a').as_uri)
for name in ['nul', 'a/con.txt', 'c:/x', 'conin$', 'nul .txt', '//s/h/nul', 'c:/nul', 'lpt1.log.gz', 'com0']:
    print(name, W(name).is_reserved())
print(bytes(W('a\\b')), repr(W('c:/a').parents), W('c:/a') == 'c:/a')
show(lambda: W('c:') / 5)
