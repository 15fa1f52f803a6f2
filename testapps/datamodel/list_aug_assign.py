xs = [1]
ys = xs
xs += [2]
print(xs, ys, xs is ys)
xs += 'ab'
print(xs)
xs += range(2)
print(xs)
xs *= 2
print(xs, xs is ys)
zs = [1, 2]
zs = zs + [3]
print(zs)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = 'a'
s += 'b'
print(s)
try:
    xs += 5
except Exception as e:
    print(type(e).__name__, e)
try:
    t += [1]
except Exception as e:
    print(type(e).__name__, e)
