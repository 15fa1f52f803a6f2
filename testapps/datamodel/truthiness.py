print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(0j), bool(1j))
print(bool(''), bool('0'), bool(' '), bool(b''), bool(b'\x00'), bool(bytearray()))
print(bool([]), bool([[]]), bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(frozenset([0])))
print(bool(range(0)), bool(range(1)), bool(None), bool(...), bool(NotImplemented) if False else True)
print(not [], not [0], [] or 'default', [1] and 'second', 0 or None, '' and 1)
print([x for x in [0, 1, '', 'a', [], [0], None] if x])
print(1 if [] else 2, 'yes' if {'k'} else 'no')
for v in [0, 1, [], [1], '', 'x', {}, None, 0.0, range(0)]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
n = 3
while n:
    n -= 1
print(n)
