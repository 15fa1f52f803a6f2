def pairs(items):
    for i in range(0, len(items), 2):
        yield items[i], items[i + 1]


for a, b in pairs([1, 2, 3, 4, 5]):
    print(a, b)
