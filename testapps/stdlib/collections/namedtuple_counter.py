from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, deque

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(isinstance(p, tuple), p == (1, 2), len(p), Point.__doc__, Point.x.__doc__)
Opt = namedtuple("Opt", ["a", "b", "c"], defaults=[10, 20])
print(Opt(1), Opt._field_defaults, Opt(1, 2, 3))
R = namedtuple("R", ["ok", "def", "ok", "_x"], rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: namedtuple("P", "a a"),
            lambda: namedtuple("P", "1a"), lambda: namedtuple("P", "class"), lambda: p._replace(z=1), lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"b": 5})
print(c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2)
print(d + e, d - e, d | e, d & e, -Counter(a=-2), +Counter(a=-1, b=1))
print(Counter({"x": 1}) == Counter(x=1), list(Counter(b=2, a=2, c=5)))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([("a", 1), ("b", 2)]) == OrderedDict([("b", 2), ("a", 1)]))

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, dd["z"], len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(dict(counts), defaultdict(None, {1: 2}))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)

base = {"color": "red", "size": 1}
cm = ChainMap({"size": 2}, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], dict(child))
cm["new"] = 1
print(cm.maps[0], "new" in base)
print(deque([1, 2, 3], maxlen=2))
