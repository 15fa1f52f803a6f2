# enumerate, zip, map, filter and reversed are classes: isinstance, type(), repr, errors.
m = map(str.upper, ["a", "b"])
f = filter(None, [0, 1, "", "x"])
print(isinstance(m, map), isinstance(f, filter), isinstance(m, filter), type(m) is map, type(f).__name__)
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(reversed(range(3)), reversed))
print(map, filter, zip, enumerate, reversed, isinstance(map, type), type(map) is type)
print(isinstance(m, (map, filter)), issubclass(map, object), list(m), list(f))
print(list(map(pow, [2, 3], [5, 2])), list(zip("ab", range(5))), list(enumerate("xy", 10)))
for call in (lambda: map(len), lambda: filter(None), lambda: map(len, [1], key=1), lambda: enumerate(),
             lambda: reversed(5), lambda: zip(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
apply = map
print(list(apply(abs, [-1, 2])), callable(map))


def kinds(it):
    return [k.__name__ for k in (map, filter, zip, enumerate) if isinstance(it, k)]


print(kinds(map(int, "12")), kinds(zip()), kinds(iter([])))
