# Changing a Repr's limits and fill value, and subclasses with repr_<type> methods.
import reprlib

r = reprlib.Repr()
r.maxstring = 5
r.fillvalue = "~"
r.maxlist = 2
r.maxlevel = 2
print(r.repr("abcdefgh"), r.repr("ab"), r.repr([1, 2, 3]), r.repr([[1, [2]]]), r.repr({1: {2: {3: 4}}}))
r.maxstring = 2
print(r.repr("abcdef"))
r.maxstring = 0
print(r.repr("abcdef"))
r.maxlong = 6
print(r.repr(123456789), r.repr(12345))
r.maxdict = 1
r.maxlevel = 6
print(r.repr({"x": 1, "y": 2}))
r.maxtuple = 0
print(r.repr((1, 2)), r.repr(()))
r.maxother = 8
print(r.repr(b"0123456789"))


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "INT"

    def repr_Point(self, x, level):
        return "P(%s)" % self.repr1(x.coords, level - 1)


class Point:
    def __init__(self, *coords):
        self.coords = list(coords)


m = MyRepr()
print(m.repr([1, 2]), m.repr1(5, 3), m.repr(Point(1, 2, 3)), m.repr({"k": Point()}))
m.maxlevel = 1
print(m.repr(Point(Point(1))))


class Bad:
    def __repr__(self):
        raise ValueError("no repr")


text = reprlib.Repr().repr(Bad())
print(text.startswith("<Bad instance at 0x"), text.endswith(">"))
