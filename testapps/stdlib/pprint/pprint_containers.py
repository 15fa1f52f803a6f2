import pprint
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque
import types

data = {
    "name": "widget",
    "tags": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
    "sizes": (10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160),
    "nested": {"z": [1, 2, {"deep": ["x" * 30, "y" * 30, "z" * 30]}], "a": {1, 2, 3}},
    "empty": [{}, [], (), set(), frozenset()],
    "single": (1,),
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pp(data, width=50)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), width=30, compact=True)
pprint.pprint([list(range(12))] * 4, width=30, compact=True)
pprint.pprint([[1, 2], "a" * 40, [3, 4], 5, 6, 7], width=30, compact=True)
pprint.pprint(list(range(30)), width=20)
pprint.pprint(((1, 2, 3), (4, 5, 6)) * 5, width=20)
pprint.pprint((["a" * 20],), width=20)
pprint.pprint({"k": ("a" * 30, "b" * 30)}, width=30, indent=3)
pprint.pprint({frozenset({3, 1, 2}): "value", frozenset(range(20)): 1}, width=40)
pprint.pprint(set(range(40, 0, -3)), width=30)
print(pprint.pformat(frozenset(range(25)), width=30))
print(pprint.pformat({5: 1, 3: 2, 1: 3, 4: 4}, sort_dicts=False))
print(pprint.pformat({5: 1, 3: 2, 1: 3, 4: 4}))
print(pprint.pformat({"b": [1] * 30, "a": 1}, width=30, sort_dicts=False))
print(pprint.pformat(12345678901234567890, underscore_numbers=True))
print(pprint.pformat([10 ** 12, 2 ** 70, -5000, True], underscore_numbers=True))
print(pprint.pformat([10 ** 12, 3.5e10]))

od = OrderedDict((str(i), i) for i in range(12))
pprint.pprint(od, width=40)
pprint.pprint(OrderedDict(), width=40)
dd = defaultdict(list, {"a": list(range(15)), "b": [1]})
pprint.pprint(dd, width=40)
pprint.pprint(Counter("abracadabra" * 3), width=20)
pprint.pprint(ChainMap({"a": 1, "b": list(range(20))}, {"c": 3}), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta="text", gamma={"x": 1}), width=40)


@dataclass
class Point:
    x: int
    y: int
    label: str = "origin"
    hidden: list = field(default_factory=list, repr=False)


@dataclass
class Shape:
    name: str
    points: list


shape = Shape("polygon with a long name", [Point(i, i * i, "p" + str(i)) for i in range(4)])
pprint.pprint(shape)
pprint.pprint(shape, width=40)
pprint.pprint([Point(1, 2)], width=10)


@dataclass(repr=False)
class NoRepr:
    a: int


class Custom(list):
    def __repr__(self):
        return "Custom(" + str(len(self)) + ")"


class PlainList(list):
    pass


pprint.pprint([Custom(range(50)), NoRepr(1) is not None], width=20)
pprint.pprint(PlainList(range(30)), width=30)
