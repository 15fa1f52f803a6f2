import itertools
from itertools import count, cycle, repeat, islice, accumulate, chain

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)), list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(5, -1), 6)))
c = count(3)
print(next(c), next(c), repr(c), repr(count(1.5, 2)), repr(count()), repr(repeat("a", 3)), repr(repeat(1)))
print(list(islice(cycle("abc"), 8)), list(cycle([])), list(islice(cycle([1]), 3)))
print(list(repeat(7, 4)), list(repeat("x", 0)), list(repeat(None, -3)), list(islice(repeat(1), 3)))
print(list(zip(range(3), repeat("z"))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
def mul(a, b):
    return a * b
print(list(accumulate([1, 2, 3, 4, 5], mul)), list(accumulate([3, 1, 4, 1, 5, 9], max)), list(accumulate("abc")))
print(list(chain([1, 2], (3,), "ab", range(2))), list(chain()), list(chain.from_iterable([[1], [2, 3], []])), list(chain.from_iterable(["ab", "cd"])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(100), 10, 50, 7)), list(islice([1, 2], 5)), list(islice([1, 2, 3], None)), list(islice(count(), 3, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), list(it))
print(type(count()).__name__, type(chain()).__name__, type(islice([], 1)).__name__)
