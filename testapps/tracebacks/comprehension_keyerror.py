prices = {"apple": 3, "pear": 4}


def total(items):
    return sum([prices[name] for name in items])


print(total(["apple", "pear"]))
print(total(["apple", "kiwi"]))
