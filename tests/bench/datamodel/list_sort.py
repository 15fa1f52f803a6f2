# List work: append, comprehension, slicing, sort, sum, membership in sets.
total = 0
for r in range(60):
    xs = []
    for i in range(5000):
        xs.append((i * 7919) % 10007)
    ys = [x * 2 for x in xs if x % 3]
    ys.sort()
    total += sum(ys[:100]) + len(ys)
    seen = set(xs)
    total += len(seen)
    total += len({x % 97 for x in xs})
print(total)
