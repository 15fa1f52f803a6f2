# defaultdict.default_factory is a member as in CPython's C type: no __dict__ or other attributes on
# defaultdict instances, no __slots__ attribute, an empty member reads None, and __init__/__missing__/
# repr/copy use the member itself even when a subclass defines a property of that name.
from collections import defaultdict
import copy, pickle

d = defaultdict(list)
d["a"].append(1)
for probe in ("d.__dict__", "vars(d)", "defaultdict.__slots__", "defaultdict.default_factory", "type(defaultdict.__dict__['default_factory']).__name__"):
    try:
        print(probe, {"d.__dict__": lambda: d.__dict__, "vars(d)": lambda: vars(d), "defaultdict.__slots__": lambda: defaultdict.__slots__, "defaultdict.default_factory": lambda: defaultdict.default_factory}.get(probe, lambda: type(defaultdict.__dict__["default_factory"]).__name__)())
    except Exception as e:
        print(probe, type(e).__name__, e)
try:
    d.other = 1
except AttributeError as e:
    print("set other:", e)
d.default_factory = int
print(d["zz"], d)
d.default_factory = None
try:
    d["q"]
except KeyError as e:
    print("KeyError", e)
try:
    del d.default_factory
    print("deleted", d.default_factory)
except Exception as e:
    print(type(e).__name__, e)

class Prop(defaultdict):
    @property
    def default_factory(self):
        return lambda: "from property"
    @default_factory.setter
    def default_factory(self, value):
        pass

p = Prop(int)
print(p["x"], dict(p), p.default_factory())

class NoInit(defaultdict):
    def __init__(self):
        pass
n = NoInit()
print(n.default_factory)
try:
    n["k"]
except KeyError as e:
    print("KeyError", e)

class WithAttrs(defaultdict):
    pass
w = WithAttrs(set)
w.extra = 5
print(w.__dict__, w["s"], copy.copy(w), pickle.loads(pickle.dumps(w)), copy.deepcopy(defaultdict(list, a=[1])))
print(repr(defaultdict(None)), defaultdict(int, {"a": 1}) == {"a": 1})
