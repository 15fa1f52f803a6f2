# Instances pickled by object's default recipe, byte for byte at every protocol, and the cases
# that leave it: __slots__, __getstate__ returning None/False/a tuple, __setstate__, classes
# patched after a first dump, instance-level hooks, dataclasses, copyreg's dispatch table,
# reducer_override, persistent_id, builtin subclasses, recursion, shared and deleted attributes.
import copy
import copyreg
import io
import pickle
from dataclasses import dataclass, field


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Other:
    def __init__(self):
        self.x = "other"
        self.name = "o"

    def __repr__(self):
        return "Other()"


class Empty:
    pass


class Slots:
    __slots__ = ("a", "b", "__hidden")

    def __init__(self, a, b=None):
        self.a = a
        if b is not None:
            self.b = b
        self.__hidden = "h"

    def __repr__(self):
        return f"Slots({self.a!r}, {getattr(self, 'b', '<unset>')!r})"


class SlotsAndDict:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 1
        self.d = 2


class SubSlots(Slots):
    __slots__ = ("c",)


class StateNone:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return None


class StateFalse:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return False

    def __setstate__(self, state):
        print("  setstate", state)


class StateTuple:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return ({"v": 10}, {"w": 20})


class WithSetState:
    def __init__(self, v):
        self.v = v

    def __setstate__(self, state):
        print("  WithSetState.__setstate__", sorted(state.items()))
        self.__dict__.update(state)
        self.restored = True


class Patched:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Patched({self.v!r})"


class NewArgs:
    def __new__(cls, *args):
        print("  NewArgs.__new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a

    def __getnewargs__(self):
        return (self.a,)


class GetAttrHook:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return "computed " + name


class MyList(list):
    def __init__(self, items):
        super().__init__(items)
        self.tag = "t"


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str


def show(label, obj, protocols=range(6)):
    for proto in protocols:
        data = pickle.dumps(obj, proto)
        print(label, proto, data)
        back = pickle.loads(data)
        print("  back", type(back).__name__, back if not hasattr(back, "__dict__") else vars(back))


show("point", Point(1, "a"))
show("empty", Empty())
p = Point(1.5, [1, 2])
show("shared", [p, p, Point(2, 3)])
show("two classes", [Point(1, 2), Other(), {"x": 0, "name": 1}])
show("slots", [Slots(1, 2), Slots(3)], range(2, 6))
print("slotnames", Slots.__slotnames__, Point.__slotnames__, Empty.__slotnames__)
s = SlotsAndDict()
show("slots+dict", s, range(2, 6))
sub = SubSlots(1)
sub.c = "c"
show("subslots", sub, range(2, 6))
print("subslotnames", SubSlots.__slotnames__)
show("state None", StateNone(), (2, 4))
show("state False", StateFalse(), (2, 4))
show("state tuple", StateTuple(), (2, 4))
show("setstate", WithSetState(5), (2, 4))
show("newargs", NewArgs(7), (2, 4))
show("getattr hook", GetAttrHook(), (2, 4))
show("list subclass", MyList([1, 2]), (2, 4))
show("dataclass", [Item("pen", 1.5, ["office"]), Item("cup", 3.0)], (2, 4, 5))
show("frozen", Frozen(1, "x"), (2, 4))

# Recursion: the instance refers to itself and to a list holding it.
r = Point(None, None)
r.x = r
r.y = [r]
data = pickle.dumps(r, 4)
print("recursive", data)
back = pickle.loads(data)
print("  recursive back", back.x is back, back.y[0] is back)

# Attributes deleted, re-added, and an instance whose __dict__ was asked for.
d = Point(1, 2)
del d.x
show("deleted", d, (2, 4))
d.x = 5
show("re-added", d, (2, 4))
v = Point(3, 4)
vars(v)
show("dict made", [v, vars(v)], (2, 4))
n = Point(1, 2)
n.__dict__[7] = "int key"
show("int key", n, (2, 4))

# Patching the class after a first dump: the new hooks are used, and again when removed.
pt = Patched(1)
print("patched before", pickle.dumps(pt, 4))
Patched.__reduce__ = lambda self: (Patched, (self.v * 10,))
print("patched reduce", pickle.dumps(pt, 4), pickle.loads(pickle.dumps(pt, 4)))
del Patched.__reduce__
Patched.__getstate__ = lambda self: {"v": -self.v}
print("patched getstate", pickle.dumps(pt, 4), pickle.loads(pickle.dumps(pt, 4)))
del Patched.__getstate__
Patched.__setstate__ = lambda self, state: setattr(self, "v", ("set", state))
print("patched setstate", pickle.loads(pickle.dumps(pt, 4)))
del Patched.__setstate__
print("patched after", pickle.dumps(pt, 4), pickle.loads(pickle.dumps(pt, 4)))

# Hooks on the instance itself.
hooked = Point(1, 2)
hooked.__reduce_ex__ = lambda proto: (Point, (proto, "instance reduce_ex"))
print("instance reduce_ex", pickle.loads(pickle.dumps(hooked, 4)))
hooked2 = Point(1, 2)
hooked2.__getstate__ = lambda: {"y": "instance getstate"}
print("instance getstate", vars(pickle.loads(pickle.dumps(hooked2, 4))))
hooked3 = pickle.loads(pickle.dumps(Point(1, 2), 4))
print("instance setstate none", vars(hooked3))

# copyreg's dispatch table, a Pickler's own dispatch table, reducer_override, persistent_id.
copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
print("copyreg", pickle.dumps(Point(1, 2), 4), pickle.loads(pickle.dumps(Point(1, 2), 4)))
del copyreg.dispatch_table[Point]


class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is Other:
            return (Point, ("from", "override"))
        return NotImplemented


f = io.BytesIO()
Overriding(f, 4).dump([Point(1, 2), Other()])
print("reducer_override", f.getvalue(), pickle.loads(f.getvalue()))


class Persisting(pickle.Pickler):
    def persistent_id(self, obj):
        if obj == 99:
            return "ninety-nine"
        return None


class Loading(pickle.Unpickler):
    def persistent_load(self, pid):
        return ("loaded", pid)


f = io.BytesIO()
Persisting(f, 4).dump(Point(99, {"k": 99}))
print("persistent_id", f.getvalue())
f.seek(0)
print("  persistent back", vars(Loading(f).load()))


class Tabled(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, ("table", p.x))}


f = io.BytesIO()
Tabled(f, 4).dump([Point(1, 2), Other()])
print("dispatch_table", f.getvalue(), pickle.loads(f.getvalue()))

# A shared memo across dumps of one Pickler.
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
a = Point(1, 2)
pk.dump(a)
pk.dump([a, Point(3, 4)])
f.seek(0)
u = pickle.Unpickler(f)
first = u.load()
second = u.load()
print("shared memo", f.getvalue(), second[0] is first)

# copy and deepcopy take the same recipe.
orig = Point([1, 2], {"k": Point(3, 4)})
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
print("copy", shallow, shallow.x is orig.x, deep, deep.x is orig.x, deep.y["k"] is orig.y["k"])
sl = Slots(1, [2])
print("copy slots", copy.copy(sl), copy.deepcopy(sl).b is sl.b)
print("copy dataclass", copy.deepcopy(Item("a", 1.0, ["x"])))


# Code run while an instance's state is written: its dict made, an attribute changed or added.
class Sneaky:
    def __init__(self, parent, mode):
        self.parent = parent
        self.mode = mode

    def __reduce__(self):
        if self.mode == "dict":
            vars(self.parent)
        elif self.mode == "change":
            self.parent.c = "changed"
        elif self.mode == "add":
            self.parent.added = 1
        return (str, ("sneaky " + self.mode,))


for mode in ("dict", "change", "add"):
    parent = Point(0, 0)
    parent.a = 1
    parent.b = Sneaky(parent, mode)
    parent.c = "c"
    parent.d = [1]
    try:
        data = pickle.dumps([parent, vars(parent) if mode == "dict" else None], 4)
        print(mode, data)
        print("  back", vars(pickle.loads(data)[0]))
    except RuntimeError as e:
        print(mode, "RuntimeError", e)
