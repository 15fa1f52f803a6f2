# for loops and comprehensions over exact lists, tuples and dicts (walked without an iterator
# object) must behave as CPython's iterators: mutation during the loop, subclasses with their
# own __iter__, dict views, errors raised mid-loop, break/continue/else.
import traceback


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# --- lists: the length is read again at each step
xs = [1, 2, 3]
for x in xs:
    print("x", x)
    if x == 1:
        xs.append(4)
    if x == 3:
        xs.remove(1)
print(xs)

ys = [1, 2, 3, 4]
for y in ys:
    print("y", y)
    ys.clear()
print(ys)

zs = [0, 1, 2, 3, 4, 5]
for z in zs:
    print("z", z)
    del zs[0]
print(zs)

grow = [1]
for g in grow:
    if g < 5:
        grow.append(g + 1)
print(grow)

# insert before the current index: the same item is seen again
ws = ["a", "b", "c"]
seen = 0
for w in ws:
    print("w", w)
    seen += 1
    if seen == 2:
        ws.insert(0, "new")
    if seen > 6:
        break

# rebinding the name being iterated does not change the loop
vs = [1, 2, 3]
for v in vs:
    vs = [9, 9, 9, 9, 9]
    print("v", v)

# nested loops over the same list
nn = [1, 2]
print([(a, b) for a in nn for b in nn])
for a in nn:
    for b in nn:
        if b == 2:
            nn.append(3) if len(nn) < 4 else None
        print("nested", a, b)

# an empty list, else clauses, break and continue
for e in []:
    print("never")
else:
    print("empty else")
for e in [1, 2, 3]:
    if e == 2:
        continue
    print("cont", e)
else:
    print("cont else")
for e in [1, 2, 3]:
    if e == 2:
        break
    print("brk", e)
else:
    print("not printed")

# --- tuples
t = (1, "two", 3.0)
for item in t:
    print("t", item)
else:
    print("t else")
print([i * 2 for i in (1, 2, 3)])
print({i for i in (3, 1, 3)})


# --- subclasses: their own __iter__ is called
class L(list):
    def __iter__(self):
        print("L.__iter__")
        for i in range(len(self) - 1, -1, -1):
            yield self[i]


class PlainL(list):
    pass


class T(tuple):
    def __iter__(self):
        return iter(["from T"])


for x in L([1, 2, 3]):
    print("L", x)
for x in PlainL([4, 5]):
    print("PlainL", x)
for x in T((1, 2)):
    print("T", x)
print([x for x in L([7, 8])])
print([x for x in T((1,))])

# --- dicts: keys, values, items, size and key changes
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print("k", k)
for k in d.keys():
    print("keys", k)
for v in d.values():
    print("values", v)
for kv in d.items():
    print("item", kv)
for k, v in d.items():
    print("pair", k, v)
view = d.items()
for k, v in view:
    print("view", k, v)
print([k + str(v) for k, v in d.items()])
print({v: k for k, v in d.items()})
print(sorted(k * v for k, v in d.items()))


def add_during():
    dd = {1: 1, 2: 2}
    for k, v in dd.items():
        dd[k + 10] = v
    return dd


def keys_changed():
    dd = {1: 1, 2: 2}
    for k in dd:
        del dd[k]
        dd[k + 10] = 0
    return dd


def values_changed_size():
    dd = {1: 1}
    for v in dd.values():
        dd.pop(1)
    return dd


def update_values():
    dd = {1: 1, 2: 2}
    for k, v in dd.items():
        dd[k] = v * 10
    return dd


def pop_and_readd():
    dd = {1: 1, 2: 2, 3: 3}
    out = []
    for k in dd:
        out.append(k)
        if k == 1:
            dd.pop(3)
            dd[3] = 33
    return out, dd


show("add_during", add_during)
show("keys_changed", keys_changed)
show("values_changed_size", values_changed_size)
show("update_values", update_values)
show("pop_and_readd", pop_and_readd)
show("comp_add", lambda: [d.setdefault("z" + k, 0) for k in d])


class D(dict):
    def items(self):
        print("D.items")
        return [("over", "ridden")]

    def __iter__(self):
        print("D.__iter__")
        return iter(["k1"])


class PlainD(dict):
    pass


for k, v in D(a=1).items():
    print("D", k, v)
for k in D(a=1):
    print("D iter", k)
for k, v in PlainD(p=1, q=2).items():
    print("PlainD", k, v)
for k in PlainD(p=1):
    print("PlainD iter", k)
print([k for k in D(b=2)])


# an object whose items() is a generator method: closed when the loop is left
class Pairs:
    def items(self):
        try:
            yield 1, 2
            yield 3, 4
        finally:
            print("Pairs.items closed")


for a, b in Pairs().items():
    print("Pairs", a, b)
    break
print("after Pairs")

# --- unpacking errors, with tracebacks
def bad_unpack():
    for a, b in [(1, 2), (3,)]:
        print("unpacked", a, b)


def bad_item_in_dict_keys():
    for a, b in {"ab": 1, "c": 2}:
        print("keys unpacked", a, b)


def raise_mid_loop():
    for i in [1, 2, 3]:
        if i == 2:
            raise KeyError(i)


def not_iterable():
    for i in 5:
        pass


for f in (bad_unpack, bad_item_in_dict_keys, raise_mid_loop, not_iterable):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))
