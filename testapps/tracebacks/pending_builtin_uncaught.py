# int() failing with no handler in its function, under a caller's try whose clause does not
# match: the traceback names both frames with CPython's lines and carets.
def convert(text):
    value = int(text)
    return value * 2


def run(items):
    total = 0
    for item in items:
        try:
            total += convert(item)
        except KeyError:
            total -= 1
    return total


print(run(["1", "2"]))
print(run(["3", "four"]))
