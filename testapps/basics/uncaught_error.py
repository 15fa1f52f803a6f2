# An uncaught exception prints a traceback through every frame and exits with 1.
def parse(text):
    return int(text)


def load(values):
    total = 0
    for v in values:
        total += parse(v)
    return total


print(load(["1", "2"]))
print(load(["3", "x"]))
