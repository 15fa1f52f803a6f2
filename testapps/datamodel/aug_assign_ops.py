x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 4; print(x)
s = {1, 2}
s |= {3}; s &= {2, 3}; s -= {3}; s ^= {9}
print(s)
d = {'a': [1]}
d['a'] += [2]
d['n'] = d.get('n', 0) + 1
print(d)
xs = [1, 2, 3]
xs[1] *= 10
xs[-1] **= 2
print(xs)
try:
    xs[5] += 1
except IndexError as e:
    print('IndexError', e)
try:
    d['missing'] += 1
except KeyError as e:
    print('KeyError', e)
