# The iterator protocol by hand: __iter__/__next__, iter(callable, sentinel), __getitem__ iteration.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for x in c:
    print("never", x)


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 5 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it))


class Reusable:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)


r = Reusable([1, 2])
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))

values = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(values), 0)))


class NotIterable:
    pass


for bad in (NotIterable(), 5, None):
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)


class Pairs:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        for i in range(0, len(self.items), 2):
            yield self.items[i], self.items[i + 1]


print(dict(Pairs("a", 1, "b", 2)))
a, b = Pairs(1, 2, 3, 4)
print(a, b)
first, *rest = Countdown(4)
print(first, rest)
print(list(zip(Countdown(3), Squares())), list(enumerate(Countdown(2), 10)))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
print(iter(it) is it, hasattr(it, "__next__"))
