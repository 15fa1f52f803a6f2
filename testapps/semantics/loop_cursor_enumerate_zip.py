# Loops over enumerate(...) and zip(...) whose target unpacks two names: while the names are the
# builtins the loop counts and steps the iterables itself. Start values, big counters, zip's
# ending and strict=, rebound names, generators only the loop holds, errors mid-loop.
import builtins
import traceback


def gen(n, label):
    try:
        for i in range(n):
            print(f"  {label} yields {i}")
            yield i
        print(f"  {label} exhausted")
    finally:
        print(f"  {label} finally")


# --- enumerate
for i, c in enumerate("abc"):
    print("enum", i, c)
for i, c in enumerate(["x", "y"], 10):
    print("start", i, c)
for i, c in enumerate(["x", "y"], -1):
    print("negative", i, c)
for i, c in enumerate(["x", "y", "z"], 2**63 - 2):
    print("big", i, c)
for i, c in enumerate(["x", "y"], 2**70):
    print("bigger", i, c)
for i, c in enumerate("ab", True):
    print("bool start", i, type(i).__name__, c)
for i, c in enumerate((1, 2), start=5):
    print("keyword start", i, c)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print("nested", i, a, b)
for i, c in enumerate({"k1": 1, "k2": 2}):
    print("dict keys", i, c)
for i, kv in enumerate({"k1": 1}.items()):
    print("dict items", i, kv)
for pair in enumerate("ab"):
    print("one name", pair)

xs = [1, 2, 3]
for i, x in enumerate(xs):
    print("mutating", i, x)
    if i == 0:
        xs.append(4)
    if x == 3:
        xs.pop()
print(xs)

for i, x in enumerate([1, 2, 3]):
    if i == 1:
        continue
    if i == 2:
        break
    print("brk", i, x)
else:
    print("not printed")
for i, x in enumerate([]):
    print("never")
else:
    print("enumerate else")

class Three:
    def __index__(self):
        print("Three.__index__")
        return 3


for i, c in enumerate("ab", Three()):
    print("index start", i, c)
print(list(enumerate("ab", Three())))
try:
    for i, c in enumerate([1], "a"):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    for i, c in enumerate(5):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    for i, c in enumerate(5, "a"):
        pass
except TypeError as e:
    print("TypeError", e)

print("generator broken out of")
for i, v in enumerate(gen(5, "g1")):
    print("got", i, v)
    if i == 1:
        break
print("after break")
print("generator run out")
for i, v in enumerate(gen(2, "g2")):
    print("got", i, v)
print("after end")

# --- zip
for a, b in zip([1, 2, 3], "xy"):
    print("zip", a, b)
for a, b in zip((1, 2), [3, 4]):
    print("zip tuples", a, b)
for a, b in zip({"p": 1, "q": 2}, {"p": 1, "q": 2}.values()):
    print("zip dicts", a, b)
for a, b in zip([], gen(2, "never stepped")):
    print("never")
else:
    print("zip else")

# the first iterable gives an item before the second ends: that item is lost
it = iter([10, 20, 30])
for a, b in zip(it, gen(2, "g3")):
    print("zip gen", a, b)
print("rest of it", list(it))

ys = [1, 2, 3]
zs = ["a", "b", "c"]
for a, b in zip(ys, zs):
    print("zip mutating", a, b)
    ys.append(9)
    zs.pop()
print(ys, zs)

shared = iter(range(7))
for a, b in zip(shared, shared):
    print("shared", a, b)

for a, b in zip([1, 2], [3, 4], strict=True):
    print("strict", a, b)
for a, b, c in zip("ab", "cd", "ef"):
    print("three", a, b, c)
try:
    for a, b in zip([1, 2], [3], strict=True):
        print("strict short", a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip([1], [3, 4], strict=True):
        print("strict long", a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip([1], 7):
        pass
except TypeError as e:
    print("TypeError", e)

print("zip broken out of")
for a, b in zip(gen(3, "z1"), gen(3, "z2")):
    print("got", a, b)
    break
print("after zip break")

# --- comprehensions and generator expressions
print([(i, c) for i, c in enumerate("ab")])
print([(i, c) for i, c in enumerate("ab", 100)])
print([a + b for a, b in zip("ab", "cd")])
print({a: b for a, b in zip("ab", "cd")})
print([(x, i, c) for x in (1, 2) for i, c in enumerate("pq")])
print(list((x, a, b) for x in (1,) for a, b in zip("ab", [1, 2, 3])))
print(sum(i * c for i, c in enumerate([5, 6, 7])))


# --- rebound names
def local_rebinding():
    enumerate = lambda xs: [("local", 1)]
    zip = lambda a, b: [("zip", "local")]
    for i, c in enumerate("ab"):
        print("local enumerate", i, c)
    for a, b in zip("ab", "cd"):
        print("local zip", a, b)


local_rebinding()

real_enumerate = enumerate
enumerate = lambda xs, start=0: [("global", start)]
for i, c in enumerate("abc", 7):
    print("global enumerate", i, c)
print([(i, c) for i, c in enumerate("ab")])
del enumerate
for i, c in enumerate("ab"):
    print("builtin again", i, c)

real_zip = builtins.zip
builtins.zip = lambda a, b: [("builtins", "zip")]
for a, b in zip("ab", "cd"):
    print("patched builtins", a, b)
builtins.zip = real_zip
for a, b in zip("ab", "cd"):
    print("restored", a, b)


class MyEnumerate:
    def __init__(self, xs):
        self.xs = xs

    def __iter__(self):
        return iter([("mine", x) for x in self.xs])


enumerate = MyEnumerate
for i, c in enumerate("ab"):
    print("class enumerate", i, c)
del enumerate


# --- errors mid-loop and their tracebacks
def bad_pairs():
    for i, (a, b) in enumerate([(1, 2), (3,)]):
        print("pairs", i, a, b)


def raising_gen():
    yield 1
    raise ValueError("from the generator")


def raise_from_source():
    for i, v in enumerate(raising_gen()):
        print("before raise", i, v)


def raise_in_body():
    for a, b in zip([1, 2], [3, 4]):
        if a == 2:
            raise KeyError((a, b))


def strict_mismatch():
    for a, b in zip("abc", "de", strict=True):
        print("strict", a, b)


for f in (bad_pairs, raise_from_source, raise_in_body, strict_mismatch):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


# --- loops in a generator's try block that yields (stepped one item at a time)
def protected(d, xs):
    try:
        for k, v in d.items():
            yield k, v
        for i, x in enumerate(xs, 1):
            yield i, x
        for a, b in zip(xs, reversed(xs)):
            yield a, b
        for i, x in enumerate(xs):
            if i == 1:
                raise IndexError(i)
    except IndexError as e:
        yield "caught", e
    finally:
        print("protected finally")


print(list(protected({"a": 1, "b": 2}, [7, 8, 9])))
