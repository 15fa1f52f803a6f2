import copy

data = [1, [2, 3], {"k": [4]}, (5, [6]), {7, 8}, frozenset({9})]
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow is data, shallow[1] is data[1], deep[1] is data[1])
print(deep == data, deep[2]["k"] is data[2]["k"], deep[3] is data[3], deep[3][1] is data[3][1])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)
for atom in [None, 1, 2.5, "s", b"b", True, len, int, range(3), Ellipsis, 3j]:
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
ba = bytearray(b"abc")
print(copy.copy(ba) is ba, copy.copy(ba) == ba)
d = {"a": [1], "b": {"c": [2]}}
d2 = copy.deepcopy(d)
d2["b"]["c"].append(3)
print(d, d2)

shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
memo = {}
c1 = copy.deepcopy(shared, memo)
c2 = copy.deepcopy(shared, memo)
print(c1 is c2, id(shared) in memo)

loop = {}
loop["self"] = loop
lc = copy.deepcopy(loop)
print(lc["self"] is lc, lc is not loop)
nested = [[]]
nested[0].append(nested)
nc = copy.deepcopy(nested)
print(nc[0][0] is nc)


def f():
    return 1


print(copy.copy(f) is f, copy.deepcopy(f) is f)


class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = "p"


p = Plain()
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(type(pc).__name__, pc.items is p.items, pd.items is p.items, pd.items == p.items, vars(pd))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


s = Slotted()
sc = copy.copy(s)
sd = copy.deepcopy(s)
print(sc.a is s.a, sd.a is s.a, sd.a, hasattr(sd, "b"))


class Stateful:
    def __init__(self, v):
        self.v = v
        self.cache = "expensive"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        print("setstate", state)
        self.v = state["v"]
        self.cache = None


sf = copy.deepcopy(Stateful([1]))
print(sf.v, sf.cache)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], md[1] is ml[1], md.tag)


class MyDict(dict):
    pass


md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)
