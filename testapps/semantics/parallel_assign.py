# a, b = x, y: all values first, left to right, then each target in order; no tuple is observable.


def trace(tag, value):
    print("eval", tag)
    return value


class Box:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


class Log(list):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)


def swaps():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    x, y, z = 1.5, 2, "three"
    x, y, z = z, x, y
    print(x, y, z)
    a, b = 0, 1
    for _ in range(100):
        a, b = b, a + b
    print(a, b)
    big, small = 2 ** 62, 3
    big, small = big * small, big + big
    print(big, small)


def order():
    box = Box()
    lst = Log([0, 0, 0])
    i = 0
    i, lst[i] = trace("first", 2), trace("second", 9)
    print(i, lst)
    box.p, box.q = trace("p", 1), trace("q", 2)
    [m, n] = trace("m", "M"), trace("n", "N")
    print(m, n)
    (p, q), r = (trace("p", 1), trace("q", 2)), trace("r", 3)
    print(p, q, r)
    u, v = [trace("u", 10), trace("v", 20)]
    print(u, v)


def failing():
    a, b = "old-a", "old-b"
    try:
        a, b = "new-a", 1 // 0
    except ZeroDivisionError as e:
        print("error", e, a, b)
    try:
        a, b = undefined_name, 1
    except NameError as e:
        print("error", e, a, b)


a, b = 10, 20
a, b = b, a
print("module", a, b)


class Namespace:
    first, second = "one", "two"
    second, first = first, second


print(Namespace.first, Namespace.second)
swaps()
order()
failing()
