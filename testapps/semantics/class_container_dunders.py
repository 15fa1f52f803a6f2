# Container protocol: __len__, __getitem__ with slices, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__-like.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"grid indices must be tuples, not {type(key).__name__}")

    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "#" in g, "x" in g, "".join(g), list(g)[:3])
del g[0, 0]
print("".join(g), bool(g))
for bad in [lambda: g[5, 5], lambda: g["a"], lambda: g.__delitem__((9, 9))]:
    try:
        bad()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]

    def __repr__(self):
        return f"Seq({self.data})"


s = Seq("abcdef")
print(s[1], s[-1], s[1:4], s[::2], s[::-1], list(s), "c" in s, "z" in s, list(reversed(s)), sorted(s, reverse=True))
print([x for x in s if x > "c"], s[slice(None, 2)], max(s), enumerate(s).__next__())
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)


class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i


print(list(OldIter()), 4 in OldIter(), 5 in OldIter(), tuple(OldIter()))


class Rev:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __reversed__(self):
        return iter(["custom", "reversed"])


print(list(Rev(3)), list(reversed(Rev(3))))


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), len(Empty()), "yes" if Empty() else "no")


class BadLen:
    def __len__(self):
        return -1


for obj in [BadLen()]:
    try:
        len(obj)
    except ValueError as e:
        print(type(e).__name__, e)


class FloatLen:
    def __len__(self):
        return 1.5


try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(Empty())
except TypeError as e:
    print(type(e).__name__, e)


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


c = Counter()
print(list(c), list(c), next(iter(Counter())), next(Counter(), "default"))
