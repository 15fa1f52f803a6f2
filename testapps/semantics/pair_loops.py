# for a, b in ... over enumerate, zip of two, dict items and other iterables: same values, same
# errors (unpacking, strict zip, dict changed size), rebound builtins, early exits; set() of a genexpr.
import sys


def show(label, value):
    print(label, value)


xs = ["a", "b", "c"]
for i, x in enumerate(xs):
    print(i, x, end="; ")
print()
print([(i, x) for i, x in enumerate(xs, 10)])
print([i for i, _ in enumerate(xs, True)], type(list(enumerate(xs, True))[0][0]).__name__)
big = sys.maxsize - 1
print([i for i, _ in enumerate(xs, big)])
print(list(enumerate("ab", -2)), list(enumerate([])))
e = enumerate("xyz")
print(next(e), [p for p in e], type(e).__name__)
print({k: v for k, v in zip("abc", range(10))})
print(list(zip("ab", "cd")), list(zip()), list(zip("abc")), list(zip("ab", "cd", "ef")))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
d = {"one": 1, "two": 2, "three": 3}
for k, v in d.items():
    print(k, v, end="; ")
print()
print(sorted((v, k) for k, v in d.items()))
for (a, b), c in zip([(1, 2), (3, 4)], "pq"):
    print(a, b, c)
target = {}
for target["k"], target["v"] in [(1, 2), [3, 4]]:
    print(target)


class Box:
    pass


box = Box()
for box.a, box.b in enumerate("hi"):
    pass
print(box.a, box.b)


def gen():
    yield 1, 2
    yield "xy"
    yield [5, 6]


print([a + b for a, b in [(1, 2), ("x", "y")]], [(a, b) for a, b in gen()])
for bad in ([(1, 2), (1, 2, 3)], [(1,)], [5], [{"k": 1, "j": 2}]):
    try:
        for a, b in bad:
            pass
        print("unpacked", a, b)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
for args in ((["a", "b"], [1]), (["a"], [1, 2]), ([], [1])):
    try:
        print(list((a, b) for a, b in zip(*args, strict=True)))
    except ValueError as exc:
        print("ValueError", exc)
try:
    for k, v in d.items():
        d["four"] = 4
except RuntimeError as exc:
    print("RuntimeError", exc)


def early():
    for i, x in enumerate(gen()):
        if i == 1:
            return i, x


print(early())

real_enumerate, real_zip = enumerate, zip


def enumerate(it, start=0):
    return [("mine", v) for v in it]


def zip(*its):
    return [("z", len(its))]


print([(i, x) for i, x in enumerate("ab")], [p for p in zip("a", "b")])
for i, x in enumerate("q"):
    print(i, x)
enumerate, zip = real_enumerate, real_zip
it = enumerate("abc")
for i, x in it:
    if i == 0:
        break
print(list(it))
z = zip("abc", "def")
for a, b in z:
    break
print(list(z))

print(len(set(v % 3 for v in range(10))), sorted(set(x + 1 for x in (1, 2.0, 3))))
print(set(c for c in "hello") == set("hello"), set(x for x in []))


class Loud:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Loud(%r)" % self.v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return isinstance(other, Loud) and other.v == self.v or other == self.v


def make(v):
    print("make", v)
    return Loud(v) if v == 1 else v


print(len(set(make(v) for v in [1, 1, 2])))
try:
    set(make(v) if v else [] for v in [1, 0, 2])
except TypeError as exc:
    print("TypeError", exc)
real_set = set
set = lambda g: ["not a set", list(g)]
print(set(x for x in "ab"))
set = real_set
