# Unpacking errors and edge cases: counts in messages, iterators consumed, nested targets.
cases = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b, c in [(1, 2)]],
    lambda: [a for (a, b), c in [((1,), 2)]],
    lambda: [a for a, *b, c in [(1,)]],
    lambda: [a for a, b in [5]],
    lambda: [a for a, b in ["xy", "z"]],
    lambda: [a for a, b in [{"k": 1, "j": 2}]],
]
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
it = iter(range(10))
try:
    a, b = it
except ValueError as e:
    print(type(e).__name__, e, next(it))
try:
    x, y = (i for i in range(5))
except ValueError as e:
    print(type(e).__name__, e)
first, *middle, last = "abcdef"
print(first, middle, last)
*init, tail = [1]
print(init, tail)
(a, b), (c, *d) = [(1, 2), "xyz"]
print(a, b, c, d)
for i, (k, v) in enumerate({"x": 1}.items()):
    print(i, k, v)
head, *rest = range(3)
print(head, rest, type(rest).__name__)
a, b = b, a
print(a, b)
x = [0, 0]
i = 0
i, x[i] = 1, 2
print(i, x)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    [p, q] = {1}
except ValueError as e:
    print(type(e).__name__, e)
s = {}
s["a"], s["b"] = "AB"
print(s)
