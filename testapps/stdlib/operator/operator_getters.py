from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 25, "NY"), ("amy", 31, "LA"), ("cat", 25, "SF"), ("dan", 19, "NY")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)("abc"), itemgetter(0, 2)("abc"), itemgetter(slice(1, None))([1, 2, 3]), itemgetter("k")({"k": "v"}))
print(list(map(itemgetter(2), rows)), max(rows, key=itemgetter(1)))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("x")), repr(attrgetter("a.b", "c")))
print(repr(methodcaller("split")), repr(methodcaller("split", ",", maxsplit=1)))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Box:
    def __init__(self, corner, name):
        self.corner = corner
        self.name = name

points = [Point(3, 1), Point(1, 2), Point(2, 0)]
print([p.x for p in sorted(points, key=attrgetter("x"))], [p.y for p in sorted(points, key=attrgetter("y"))])
print(attrgetter("x", "y")(points[0]))
b = Box(Point(5, 6), "b1")
print(attrgetter("corner.x")(b), attrgetter("name", "corner.y")(b))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "o")("banana"))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("count", "a")("banana"))
print(list(map(methodcaller("strip"), ["  x ", "y  "])))
try:
    attrgetter("z")(points[0])
except AttributeError as e:
    print("AttributeError", e)
