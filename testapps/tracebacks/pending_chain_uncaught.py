# Operations made ahead of their statement in a def whose error is returned to its caller, not
# caught: the traceback still names every frame, at the line of each.


def g(x):
    if x < 0:
        raise ValueError("negative " + str(x))
    return x


def f(x):
    return x + 1


def h(rows, i):
    return f(g(rows[i][0] - 5))


def main():
    rows = [[9], [2]]
    total = 0
    for i in range(2):
        total += h(rows, i)
        print(total)


main()
