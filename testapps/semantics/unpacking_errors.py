# Iterable unpacking: nested targets, starred targets, and CPython's error messages.
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
first, *middle, last = "python"
print(first, middle, last)
*init, tail = range(3)
print(init, tail)
(x, y), z = "ab", [1]
print(x, y, z)
[p, q] = {"k1": 1, "k2": 2}
print(p, q)


def attempt(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def too_few():
    a, b, c = [1, 2]


def too_many():
    a, b = [1, 2, 3]


def star_too_few():
    a, b, *c, d = [1, 2]


def not_iterable():
    a, b = 5


def none_value():
    a, = None


def nested_bad():
    a, (b, c) = 1, (2,)


def from_generator():
    a, b = (i for i in range(5))


def from_dict_items():
    (k, v), = {"a": 1, "b": 2}.items()


def single():
    (a,) = []


for fn in (too_few, too_many, star_too_few, not_iterable, none_value, nested_bad, from_generator,
           from_dict_items, single):
    attempt(fn)

consumed = []


def gen():
    for i in range(4):
        consumed.append(i)
        yield i


try:
    a, b = gen()
except ValueError as e:
    print(e, consumed)

for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
for *rest, final in [(1, 2, 3), (4,)]:
    print(rest, final)
head, *_ = [9, 8, 7]
print(head)
obj = type("O", (), {})()
obj.a, obj.b = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "s", "e"
print(obj.a, obj.b, lst)
i = 0
i, lst[i] = 2, "swapped"
print(i, lst)
print([*range(2), *"ab"], {**{"a": 1}, "b": 2}, (*[1], *[2]))
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**[1]})
except TypeError as e:
    print(type(e).__name__, e)
