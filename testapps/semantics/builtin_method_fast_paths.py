# o.append(x), o.pop(), o.add(x), o.discard(x), o.remove(x), o.get(k[, d]) run in place on an exact
# list, set or dict; subclasses, other types and errors behave as the methods do. Also: a long
# tuple unpacked into names, and t[a:b] = s[c:d] through a reused temporary list.
import asyncio


class MySet(set):
    def add(self, x):
        print("MySet.add", x)
        super().add(x)


class MyList(list):
    def pop(self):
        print("MyList.pop")
        return super().pop()


class MyDict(dict):
    def get(self, k, d=None):
        return ("MyDict.get", k, d)


class Recorder:
    def __init__(self):
        self.seen = []

    def __setitem__(self, key, value):
        self.seen.append((key, value))


def sets():
    s = set()
    for i in range(3):
        s.add(i)
        s.add(i * 2**70)
        s.add(float(i) + 0.5)
    print(sorted(s))
    s.discard(1)
    s.discard(99)
    s.discard(2**70)
    print(sorted(s))
    s.remove(0)
    for bad in (12345, 2**80, "x"):
        try:
            s.remove(bad)
        except KeyError as e:
            print("KeyError", repr(e))
    try:
        s.add([1])
    except TypeError as e:
        print("TypeError", e)
    s.add(frozenset({1}))
    s.remove({1})
    s.discard({2})
    print(len(s), frozenset({1}) in s)
    f = frozenset({1, 2})
    for name in ("add", "discard", "remove"):
        try:
            getattr(f, name)
            f.add(3)
        except AttributeError as e:
            print("AttributeError", e)
    m = MySet()
    m.add(5)
    print(m)
    narrow = set(range(40))
    for i in range(0, 40, 3):
        narrow.remove(i)
    for i in range(100, 140):
        narrow.add(i)
        narrow.discard(i - 1)
    print(len(narrow), sorted(narrow)[:5], sorted(narrow)[-3:])


def lists():
    l = []
    for i in range(4):
        l.append(i * 3)
        l.append(i + 0.5)
    print(l, l.pop(), l.pop(), l)
    ml = MyList([1, 2])
    ml.append(7)
    print(ml.pop(), ml, type(ml).__name__)
    l.remove(3)
    try:
        l.remove(100)
    except ValueError as e:
        print("ValueError", e)
    e = []
    try:
        e.pop()
    except IndexError as err:
        print("IndexError", err)
    d = {"a": 1}
    try:
        d.append(1)
    except AttributeError as err:
        print("AttributeError", err)
    try:
        d.pop()
    except TypeError as err:
        print("TypeError", err)


def dicts():
    counts = {}
    for w in "abracadabra":
        counts[w] = counts.get(w, 0) + 1
    print(counts, counts.get("z"), counts.get("a"))
    print(MyDict().get("q"), MyDict().get("q", 3))
    try:
        {}.get([1])
    except TypeError as e:
        print("TypeError", e)
    try:
        [].get(1)
    except AttributeError as e:
        print("AttributeError", e)


def unpacking():
    t = tuple(range(10))
    a, b, c, d, e, f, g, h, i, j = t
    print(a, j)
    x = [0] * 10
    x[0], x[1], *rest = t
    print(x[:3], rest)
    try:
        a, b = t
    except ValueError as err:
        print(err)


def slices():
    perm = list(range(9))
    k = 4
    perm[:k + 1] = perm[k::-1]
    print(perm)
    for k in range(1, 6):
        perm[:k + 1] = perm[k::-1]
    print(perm)
    src = [1, 2, 3, 4]
    dst = [0] * 6
    dst[1:3] = src[::2]
    dst[::2] = src[1:4]
    print(dst)
    try:
        dst[::2] = src[:2]
    except ValueError as err:
        print("ValueError", err)
    dst[2:] = src[2:]
    print(dst)
    rec = Recorder()
    for _ in range(2):
        rec[1:2] = src[0:2]
    kept = [v for _, v in rec.seen]
    print(kept, kept[0] is kept[1], type(kept[0]).__name__)
    s = "abcdef"
    out = list("......")
    out[1:4] = s[2:5]
    print(out)
    tup = (1, 2, 3)
    out[:2] = tup[1:]
    print(out)
    nothing = None
    try:
        dst[1:2] = nothing[1:]
    except TypeError as err:
        print("TypeError", err)


def gen(items):
    buf = [0, 0, 0]
    for i in range(3):
        buf[i:] = items[:3 - i]
        yield list(buf)


async def coro(items):
    buf = [9, 9]
    buf[:1] = items[1:2]
    await asyncio.sleep(0)
    buf[1:] = items[::-1]
    return buf


sets()
lists()
dicts()
unpacking()
slices()
print(list(gen([5, 6, 7])))
print(asyncio.run(coro([1, 2, 3])))
print([x for x in range(3) if [].append(x) is None])
frozen = frozenset({1})
frozen.discard(1)
