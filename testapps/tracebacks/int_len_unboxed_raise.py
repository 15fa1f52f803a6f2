# An int() ValueError raised in the middle of unboxed arithmetic (len(x) + int(s)), uncaught,
# through a def whose result is a number: the traceback's lines and carets as CPython's.
def width(parts):
    return len(parts[0]) * 2 + int(parts[1])


def layout(rows):
    total = 0
    for row in rows:
        total += width(row.split(":"))
    return total


print(layout(["ab:3", "cde:10"]))
print(layout(["ab:3", "x:1.5"]))
