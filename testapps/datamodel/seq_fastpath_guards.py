# Fast paths for list slice assignment, range lengths, int set keys and generator resume:
# each guarded case must still behave as CPython does.

# Slice assignment: same size, growing, shrinking, aliasing, subclasses, errors.
a = list(range(10))
a[:4] = a[3::-1]
print(a)
a[2:5] = ["x"]
print(a)
a[1:2] = [7, 8, 9, 10]
print(a)
a[5:2] = ["ins"]
print(a)
a[:] = a
print(a)
a[3:] = (1, 2)
print(a)
a[-2:] = "ab"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
b = list(range(6))
b[::-2] = ["p", "q", "r"]
print(b)


class Weird(list):
    def __iter__(self):
        return iter(["from-iter"])


c = [1, 2, 3]
c[0:1] = Weird([5, 6])
print(c)


class WeirdTuple(tuple):
    def __iter__(self):
        return iter(("t-iter",))


c[1:] = WeirdTuple((9, 9))
print(c)
for bad in (5, None):
    try:
        c[0:1] = bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    c[::2] = [1, 2, 3, 4, 5]
except Exception as e:
    print(type(e).__name__, e)
try:
    c[::2] = 5
except Exception as e:
    print(type(e).__name__, e)
d = []
d[:] = range(3)
d[10:] = [4]
print(d)

# Range lengths near the 64-bit edges.
for r in (range(-2**63, 2**63 - 1), range(2**63 - 1, -2**63, -1), range(-2**63, 2**63 - 1, 2**62),
          range(10, 0, -3), range(0, 10, 3), range(5, 5), range(3, 1), range(-5, 5, -1)):
    try:
        print(len(r), r[-1] if len(r) else None)
    except Exception as e:
        print(type(e).__name__, e, r[-1], r[0])
total = 0
for i in range(2**62, 2**62 + 5):
    total += i
print(total)
for i in range(2**63 - 3, 2**63 + 2):
    print(i)

# Set keys: ints, bools, floats, big ints, hash near the modulus, int subclasses with their own hash.
s = {1, 2, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**64, -(2**63)}
print(sorted(s))
print(True in s, 1.0 in s, -1 in s, hash(-1), hash(2**61 - 1), hash(-(2**61)), hash(2**61 - 2))
print({0, False, 1, True, 1.0}, {2**61 - 1, 0}, {-(2**63), 2**63})


class Loud(int):
    def __hash__(self):
        print("hash of", int(self))
        return int.__hash__(self)

    def __eq__(self, other):
        print("eq", int(self), other)
        return int(self) == other


t = {3, 4}
print(Loud(3) in t, Loud(5) in t)
t.add(Loud(4))
t.add(Loud(4))
print(sorted(t))
u = set()
for i in range(100):
    u.add(i * 7 - 300)
for i in range(0, 100, 3):
    u.discard(i * 7 - 300)
print(list(u)[:20], len(u))


# Generators: exceptions handled across yields, sys.exc_info isolation, send/throw, tracebacks.
import sys


def keeps_handling():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield "after"


g = keeps_handling()
try:
    raise ValueError("outer")
except ValueError:
    print(next(g), sys.exc_info()[0].__name__)
print(next(g))
print(next(g), sys.exc_info()[0])


def echo():
    received = None
    while True:
        try:
            received = yield received
        except ZeroDivisionError as e:
            received = "caught " + str(e)


e = echo()
next(e)
print(e.send(1), e.send("two"), e.throw(ZeroDivisionError("zd")))


def inner():
    yield 1
    return "inner done"


def outer():
    r = yield from inner()
    print("got", r)
    yield from [10, 11]


print(list(outer()))


def failing():
    yield 1
    {}["missing"]


try:
    list(failing())
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("KeyError", e, names)
