# Many tuple and list unpackings in a loop: fixed-size, starred, nested, swaps, from generators.
import sys


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
    return s


def starred(loops, seq):
    s = 0
    for _ in range(loops):
        first, *rest = seq
        *init, last = seq
        a, *mid, z = seq
        s += first + last + len(rest) + len(init) + a + z + len(mid)
    return s


def nested(loops):
    s = 0
    pairs = [((i, i + 1), (i * 2, (i * 3, i * 4))) for i in range(10)]
    for _ in range(loops):
        for (a, b), (c, (d, e)) in pairs:
            s += a - b + c - d + e
    return s


def swaps(loops):
    x, y, z = 1, 2, 3
    for _ in range(loops):
        x, y = y, x
        x, y, z = z, x, y
        y, z = z, y
    return x, y, z


def from_iterables(loops):
    s = 0
    d = {"a": 1, "b": 2, "c": 3}
    for i in range(loops):
        k1, k2, k3 = d
        v1, v2, v3 = d.values()
        (p, q), r = divmod(i, 7), i % 3
        m, n, o = range(i, i + 3)
        c1, c2 = "xy"
        s += v1 + v2 + v3 + p + q + r + m + n + o + len(k1 + k2 + k3 + c1 + c2)
    return s


def main(loops):
    t = tuple(range(10))
    lst = list(range(10))
    print(do_unpacking(loops, t))
    print(do_unpacking(loops, lst))
    print(starred(loops // 4, lst))
    print(nested(loops // 10))
    print(swaps(loops))
    print(from_iterables(loops // 10))
    for bad in ((1, 2), (1, 2, 3, 4), iter([1])):
        try:
            a, b, c = bad
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        a, *b, c = [1]
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        a, b = 5
    except TypeError as e:
        print(type(e).__name__, e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
