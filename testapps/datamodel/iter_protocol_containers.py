for x in [1, 2]:
    print(x, end=' ')
for x in (3, 4):
    print(x, end=' ')
for x in 'ab':
    print(x, end=' ')
for x in {5: 'a', 6: 'b'}:
    print(x, end=' ')
for x in range(7, 9):
    print(x, end=' ')
for x in b'\x01\x02':
    print(x, end=' ')
for x in frozenset([9]):
    print(x, end=' ')
print()
it = iter([1, 2, 3])
for x in it:
    if x == 2:
        break
print(list(it))
xs = [1, 2, 3]
for x in xs:
    if len(xs) < 6:
        xs.append(x * 10)
print(xs)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(0))).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(reversed([])).__name__, type({}.keys()).__name__, type({}.items()).__name__)
