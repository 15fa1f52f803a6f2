x = 3.14159
w = 10
p = 3
name = 'bob'
items = [1, 2]
d = {'k': 'v'}
print(f'{x:{w}.{p}f}|')
print(f'{name!r:>8}|{name!s:<6}|{name!a}|{"é"!a}')
print(f'{x=}', f'{name=!s}', f'{x = :.2f}', f'{ w + 1 = }')
print(f'{w:#x} {w:#b} {w:08.3f} {w:,}')
print(f'{items[0]} {d["k"]} {len(items)} {items!r}')
print(f'{{literal}} {{{w}}}')
print(f'{"nested" + name:^{w}}')
print(f'{3 if w > 5 else 4}', f'{-w:+}', f'{name.upper()}')
print(f'{1.0:g} {1e-7:g} {123456789:e}')
print(f'''{
 w
}''')
print(f'{w!r:>{p}}')
