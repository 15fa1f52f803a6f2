# Equality and ordering of nested and mixed containers, recursion, and identity shortcuts.
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, [2]) == (1, [2]), {1: [2]} == {1: [2]}, [1] == [1.0], [[]] == [[]])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [[1, 2], [3]] < [[1, 2], [4]], () < (0,))
print({"a": 1} == {"a": 1.0}, {1, 2} == frozenset({2, 1}), set() == frozenset(), {} == dict(), range(3) == range(0, 3, 1))
print(range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2), [range(2)] == [range(0, 2)], "a" == b"a")
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), {"k": nan} == {"k": nan}, [float("nan")] == [float("nan")])
a = [1]
a.append(a)
print(a == a, a[1] is a)
b = [1]
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)
for bad in (lambda: [1] < (1,), lambda: {1: 2} < {1: 3}, lambda: [1, "a"] < [1, 2], lambda: {1} < [1]):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print([1, "a"] < [2, 3], [1, "a"] == [1, 3], (1, 2) != (1, 2), [] != (), sorted([[3], [1, 2], [1]]))


class AlwaysEqual:
    def __eq__(self, other):
        return True


x = AlwaysEqual()
print([x] == [1], (1, x) == (1, "anything"), x in [5], [5].count(x), [5].index(x))
