# Reads of locals the compiler proves bound (no UnboundLocalError check) next to reads it must
# still check, and subscripts by a constant int on lists, tuples and everything else.


def after_loop(n):
    for i in range(n):
        x = i * 2.5
    try:
        return i + x
    except UnboundLocalError as e:
        return "unbound: %s" % e


def branch(flag):
    if flag:
        y = 1.5
    else:
        z = 2
    try:
        return y * 2
    except UnboundLocalError as e:
        return "unbound: %s" % e


def branch_leaves(flag):
    if flag:
        y = 3
    else:
        return "left"
    return y + 1


def in_try(fail):
    try:
        if fail:
            raise ValueError("no")
        v = 10
    except ValueError:
        try:
            return v
        except UnboundLocalError as e:
            return "unbound in handler: %s" % e
    return v * 2


def in_with(n):
    class Quiet:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return True

    with Quiet():
        if n:
            raise KeyError(n)
        w = 7
    try:
        return w
    except UnboundLocalError as e:
        return "unbound after with: %s" % e


def loop_else(n):
    total = 0
    for k in range(n):
        total += k
    else:
        total += 100
    while total > 1000:
        total -= 1
        last = total
    try:
        return total, last
    except UnboundLocalError as e:
        return total, "unbound: %s" % e


def walrus(a):
    b = a + (a := 5)
    c = (a := a * 2) + a
    return a, b, c


def nested_numbers(n):
    s = 0
    for i in range(n):
        for j in range(i):
            d = i - j
            s += d * d
        s += i
    return s


for f, args in [(after_loop, (3,)), (after_loop, (0,)), (branch, (True,)), (branch, (False,)),
                (branch_leaves, (True,)), (branch_leaves, (False,)), (in_try, (False,)), (in_try, (True,)),
                (in_with, (0,)), (in_with, (1,)), (loop_else, (5,)), (loop_else, (50,)), (walrus, (1,)),
                (walrus, (2.5,)), (nested_numbers, (10,))]:
    print(f.__name__, args, f(*args))


class Seq(list):
    def __getitem__(self, i):
        return ("seq", i)

    def __setitem__(self, i, v):
        print("set", i, v)


class Num(float):
    def __sub__(self, other):
        return "Num.__sub__"


def constant_index(items):
    out = []
    try:
        out.append(items[0])
        out.append(items[2])
        items[1] = 9
        items[0] += 1.5
        items[2] -= 1
        out.append(items[1])
    except (IndexError, TypeError, KeyError) as e:
        out.append("%s: %s" % (type(e).__name__, e))
    return out


for value in [[1, 2, 3], [1.0, 2.0], (4, 5, 6), {0: "a", 2: "b", 1: 0}, Seq([1, 2, 3]), "abc", [Num(1.0), 2, Num(3.0)],
              [2 ** 62, 0, 2 ** 63 - 1], [float("nan"), 0, float("inf")]]:
    print(constant_index(value))

grid = [[0.0] * 3 for _ in range(2)]
for step in range(4):
    grid[0][1] += 0.1 * step
    grid[1][2] -= step
    grid[1][0] = grid[0][1] * 2
print(grid)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e)
big = [10 ** 30, 5]
big[0] *= 3
big[1] **= 40
print(big)
