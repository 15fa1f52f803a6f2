# A ZeroDivisionError taken pending under a handler that does not match, re-raised from another
# error inside a handler: CPython's traceback with carets and the chained section.
def ratio(a, b):
    try:
        r = a // b
    except TypeError:
        r = 0
    return r


def main(values):
    total = 0
    for v in values:
        try:
            total += ratio(10, v)
        except ZeroDivisionError as e:
            try:
                x = values[len(values) + v]
            except IndexError as e2:
                raise ValueError("bad value %r" % v) from e2
    return total


print(main([5, 2]))
print(main([5, 0]))
