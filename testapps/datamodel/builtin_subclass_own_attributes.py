# Attribute reads on instances of builtin types' subclasses at the same sites again and again:
# values kept in the instance dict, names missing from it (methods, __class__, properties),
# instances that shadow a method, __slots__ subclasses without a dict, and errors.
import enum


class Tagged(int):
    kind = "class-level"

    def describe(self):
        return "%s:%d" % (self.kind, self)


class Name(str):
    __slots__ = ("note",)


class Row(tuple):
    @property
    def first(self):
        return self[0]


class Bag(dict):
    pass


class Items(list):
    def total(self):
        return sum(self)


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


def read_all(objs):
    out = []
    for o in objs:
        out.append((type(o).__name__, o.__class__.__name__, getattr(o, "kind", None), getattr(o, "note", None)))
    return out


t = Tagged(5)
print(t.describe(), t.kind, t.__class__)
t.kind = "own"
print(t.describe(), t.kind, vars(t))
t.describe = lambda: "shadowed"
print(t.describe(), Tagged(6).describe())
del t.kind
print(t.kind)
n = Name("abc")
try:
    n.missing
except AttributeError as e:
    print("AttributeError", e)
n.note = "hi"
print(n.note, n.upper(), n.__class__.__name__)
try:
    n.other = 1
except AttributeError as e:
    print("AttributeError", e)
r = Row((7, 8))
r.extra = 9
print(r.first, r.extra, r.count(7), r.__class__)
b = Bag(a=1)
b.attr = "x"
print(b.attr, b["a"], b.get("a"), b.__dict__)
lst = Items([1, 2, 3])
for _ in range(3):
    print(lst.total(), lst.__class__.__name__)
lst.total = 99
print(lst.total)
for _ in range(3):
    p = Perm.R | Perm.W
    print(p, p.__class__, p._value_, p.value, int(p & Perm.W), Perm.X in p)
print(read_all([Tagged(1), Name("z"), Row(()), Bag(), Items(), t, n]))
try:
    Tagged(3).nothing
except AttributeError as e:
    print("AttributeError", e)
