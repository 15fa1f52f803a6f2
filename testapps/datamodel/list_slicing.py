xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::2], xs[1::3], xs[::-1], xs[8:2:-2], xs[100:], xs[-100:2], xs[5:2])
print(xs[slice(2, 4)], xs[slice(None, None, -3)], slice(1, 2), slice(5), slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
xs[2:5] = ['a', 'b']
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = [99]
print(xs)
xs[::2] = range(len(xs[::2]))
print(xs)
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
xs[1:3] = []
print(xs)
xs[:] = 'xyz'
print(xs)
del xs[:]
print(xs)
ys = [1, 2, 3]
ys[1:1] = ys
print(ys)
ys[5:1] = [0]
print(ys)
zs = list(range(6))
del zs[4:1:-1]
print(zs)
for bad in range(3):
    try:
        if bad == 0:
            zs[::2] = [1]
        elif bad == 1:
            zs[1:2] = 5
        else:
            zs[::0]
    except Exception as e:
        print(type(e).__name__, e)
