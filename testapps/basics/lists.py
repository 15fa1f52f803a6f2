# Lists: literals, indexing, append, len, nesting, repr.
xs = [3, 1, 4, 1, 5]
print(xs, len(xs), xs[0], xs[-1], xs[2])
xs.append(9)
xs.append("text")
print(xs, len(xs))
xs[1] = 100
xs[-1] = None
print(xs)
grid = [[1, 2], [3, 4]]
grid[1][0] = 30
print(grid, grid[1][0], len(grid[0]))
empty = []
print(empty, len(empty), not empty)
for item in xs:
    print(item, end=",")
print()
ys = xs + [7, 8]
print(ys, [0] * 3, 2 * ["a"])
print(4 in xs, 5 in xs, "text" not in xs)
nested = [1, [2, [3, [4]]], "s", 2.5, True, None]
print(nested)
print(repr("it's"), repr('say "hi"'), ["it's", 'a\nb'])
acc = []
for i in range(5):
    acc.append(i * i)
print(acc, acc == [0, 1, 4, 9, 16], acc < [0, 1, 5])
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = [3, 4]
print(c, d)
