# Iterator protocol errors and edge cases: __iter__ returning non-iterators, next() misuse, iter(callable, sentinel).
class BadIter:
    def __iter__(self):
        return 42


class NoNext:
    def __iter__(self):
        return self


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)


attempt("iter bad", lambda: iter(BadIter()))
attempt("for bad", lambda: [x for x in BadIter()])
attempt("iter no next", lambda: iter(NoNext()))
attempt("next list", lambda: next([1, 2]))
attempt("next int", lambda: next(5))
attempt("iter int", lambda: iter(5))
attempt("countdown", lambda: list(Countdown(3)))
it = Countdown(2)
print(list(it), list(it))
print(next(Countdown(0), "default"), next(iter([]), None))

calls = []


def reader():
    calls.append(len(calls))
    return len(calls) if len(calls) < 4 else "stop"


print(list(iter(reader, "stop")), calls)
attempt("iter sentinel non-callable", lambda: iter(5, None))
data = iter([1, 2, 3, 4, 5])
for x in data:
    if x == 2:
        break
print("rest", list(data))
it = iter([1, 2])
print(iter(it) is it, next(it), list(it), list(it))


class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)


gi = iter(GetItemOnly())
print(type(gi).__name__, next(gi), list(gi))


class StopsWithValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("ignored")


print(list(StopsWithValue()))


class RaisesInside:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise KeyError("boom at 3")
        return self.i


got = []
try:
    for v in RaisesInside():
        got.append(v)
except KeyError as e:
    print("KeyError", e, got)
r = reversed([1, 2, 3])
print(next(r), list(r))
attempt("reversed set", lambda: reversed({1, 2}))
e = enumerate("ab", start=5)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z))
try:
    print(list(zip([1, 2], [1], strict=True)))
except ValueError as err:
    print(type(err).__name__, err)
