# IndexError from a list, raised inside a nested call.
items = [1, 2, 3]


def get(i):
    return items[i]


print(get(-3))
print(get(3))
