ops = [lambda x: x + 1, lambda x: x / 0]
for op in ops:
    print(op(1))
