data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long', n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
total = 0
while (chunk := data[total:total + 2]):
    print(chunk)
    total += 2
print([(z := i) for i in range(3)], z)
vals = {k: (last := v) for k, v in [('a', 1), ('b', 2)]}
print(vals, last)
def f(x):
    return (w := x + 1) * w
print(f(3))
print((q := 5), q, (q := q + 1), q)
