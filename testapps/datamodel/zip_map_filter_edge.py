# zip (strict=), map with several iterables, filter(None), and laziness.
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "xyz")))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in (([1, 2, 3], [1]), ([1], [1, 2]), ([1, 2], [1, 2], )):
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
calls = []


def noisy(x):
    calls.append(x)
    return x * 2


m = map(noisy, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
z = zip(iter([1, 2]), iter("abc"))
print(list(z), list(z))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], x=1)
except TypeError as e:
    print(type(e).__name__, e)
keys, values = zip(*{"a": 1, "b": 2}.items())
print(keys, values, dict(zip(keys, values)))
print(list(zip(*[(1, 2, 3), (4, 5, 6)])), type(zip()).__name__, type(map(str, [])).__name__)
print(list(enumerate(zip("ab", "cd"), start=1)), sum(map(len, ["ab", "c"])))
