# for a, b in ...: an item that is not a pair raises at the for line, inside a comprehension too.
def pairs(rows):
    return {k: v for k, v in rows}


print(pairs([("a", 1), ("b", 2)]))
try:
    pairs([("a", 1), ("b", 2, 3)])
except ValueError:
    import traceback
    traceback.print_exc()
total = 0
for i, (a, b) in enumerate([(1, 2), (3,)]):
    total += a + b
