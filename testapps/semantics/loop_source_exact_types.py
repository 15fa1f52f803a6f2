# for loops over the builtin containers start by the exact .NET class (list, dict, dict views,
# tuple): subclasses and everything else go through iter(), which may be overridden; text[i] with
# an unboxed index reads the code point directly, a str subclass's __getitem__ still runs.


class MyList(list):
    def __iter__(self):
        print("MyList.__iter__")
        return iter(sorted(list.__iter__(self), reverse=True))


class MyDict(dict):
    def __iter__(self):
        print("MyDict.__iter__")
        return iter(sorted(dict.keys(self), reverse=True))

    def items(self):
        print("MyDict.items")
        return [(k, v * 10) for k, v in dict.items(self)]


class MyTuple(tuple):
    def __iter__(self):
        print("MyTuple.__iter__")
        return iter(("t",) + tuple(tuple.__iter__(self)))


class MyStr(str):
    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"


def gen(n):
    for i in range(n):
        yield i * i


def loops():
    xs = [1, 2, 3]
    for x in xs:
        if x == 1:
            xs.append(4)  # seen by the loop, as CPython's list iterator
        print("list", x)
    for x in MyList([1, 2, 3]):
        print("mylist", x)
    d = {"a": 1, "b": 2}
    for k in d:
        print("dict", k)
    for k in d.keys():
        print("keys", k)
    for v in d.values():
        print("values", v)
    for k, v in d.items():
        print("items", k, v)
    view = d.items()
    for k, v in view:
        print("view", k, v)
    md = MyDict(a=1, b=2)
    for k in md:
        print("mydict", k)
    for k, v in md.items():
        print("mydict items", k, v)
    for k in md.keys():
        print("mydict keys", k)
    for x in (7, 8):
        print("pair", x)
    for x in (7, 8, 9, 10):
        print("tuple", x)
    for x in MyTuple((1, 2)):
        print("mytuple", x)
    for x in gen(4):
        print("gen", x)
    for x in iter([5, 6]):
        print("iter", x)
    for c in "hé😀":
        print("str", c)
    try:
        for k in d:
            d["c"] = 3
    except RuntimeError as e:
        print("RuntimeError", e)


def indexing():
    text = "ab😀cd"
    n = len(text)
    out = []
    i = 0
    while i < n:
        out.append(text[i])
        i += 1
    print(out, text[-1], text[-3], text[n - 1])
    j = -n
    print(text[j])
    for bad in (n, -n - 1, 100):
        try:
            print(text[bad])
        except IndexError as e:
            print("IndexError", e)
    m = MyStr("xyz")
    k = 1
    print(m[k], m[-k])
    t = (1, 2, 3)
    k = -1
    print(t[k], t[k - 1])
    try:
        print(t[k - 5])
    except IndexError as e:
        print("IndexError", e)


loops()
indexing()
