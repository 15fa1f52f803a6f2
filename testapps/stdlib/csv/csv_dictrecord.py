# How DictReader builds each record's dict: field names as a list, a tuple, a list subclass or a
# generator, non-str and repeated names, short and long rows, unhashable restkey and names, wide
# rows (a hashed table), a replaced reader yielding tuples, and what the dicts allow afterwards.
import csv
import io

text = "a,b,c\n1,2,3\n4,5\n6,7,8,9,10\n\n11,12,13\n"
for names in (None, ["x", "y", "z"], ("x", "y"), [1, 2.5, None], ["k", "k", "m"], ["k", "m", "k"]):
    r = csv.DictReader(io.StringIO(text), fieldnames=names, restkey="REST", restval=0)
    rows = list(r)
    print(names, r.line_num, rows)
    first = rows[0]
    first["added"] = len(first)
    print(list(first.items()), len(first), "k" in first, first.get("m"))


class Names(list):
    def __getitem__(self, i):
        print("  Names[%r]" % (i,))
        return list.__getitem__(self, i)


r = csv.DictReader(io.StringIO("1,2\n3\n4,5,6\n"), fieldnames=Names(["p", "q"]), restval="-")
print(list(r))

r = csv.DictReader(io.StringIO("1,2\n"), fieldnames=(n for n in "ab"))
try:
    print(list(r))
except TypeError as e:
    print(type(e).__name__, e)

for restkey in ([], {}):
    r = csv.DictReader(io.StringIO("a\n1,2\n"), restkey=restkey)
    try:
        print(list(r))
    except TypeError as e:
        print(type(e).__name__, e)
r = csv.DictReader(io.StringIO("1,2\n"), fieldnames=["a", ["b"]])
try:
    print(list(r))
except TypeError as e:
    print(type(e).__name__, e)

wide = ",".join("f%d" % i for i in range(14))
r = csv.DictReader(io.StringIO(wide + "\n" + ",".join(str(i * i) for i in range(16)) + "\n1,2\n"))
for row in r:
    print(len(row), row)
    del row["f3"]
    row["f3"] = "back"
    print(list(row)[-3:], row.pop("f0"), list(row)[:4])


class Tuples(csv.DictReader):
    # A reader replaced by one yielding tuples: rows that are not lists take csv.py's own path.
    def __init__(self, records, **kw):
        super().__init__([], **kw)
        self.reader = iter(records)
        self.reader_line = 0

    @property
    def fieldnames(self):
        return ("u", "v")


class Lines:
    def __init__(self, records):
        self.records = iter(records)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.line_num += 1
        return next(self.records)


t = Tuples([])
t.reader = Lines([("1", "2"), ("3",), ["4", "5", "6"], (), ("7", "8")])
print([row for row in t], t.line_num)

r = csv.DictReader(io.StringIO("h1,h2\r\nv1,v2\r\n"))
row = next(r)
it = iter(row)
next(it)
row["h3"] = "v3"
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(row, row == {"h1": "v1", "h2": "v2", "h3": "v3"}, dict(row.items()) is not row)
print(dict(zip("abc", range(3))), dict([("x", 1), ["y", 2], "zw"]), dict(((1, 2), (1, 3))))
for bad in ([(1, 2, 3)], [1], ["abc"]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Blank(list):
    # A list subclass's own == decides whether its row is blank, as `row == []` asks it.
    def __eq__(self, other):
        print("eq", type(other).__name__, other)
        return len(self) == 0


t = Tuples([])
t.reader = Lines([[], Blank(), Blank(["9", "10"]), [], ("a", "b")])
print([row for row in t], t.line_num)
