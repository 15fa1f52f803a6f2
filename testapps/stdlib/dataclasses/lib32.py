# asdict/astuple hand exact scalars back as they are, but only while copy.deepcopy is the one
# dataclasses calls for them: a replaced copy.deepcopy is still called for every scalar.
import copy
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Item:
    name: str
    qty: int
    price: float
    tags: list = field(default_factory=list)
    note: object = None


items = [Item("a", 1, 2.5, ["x", 1]), Item("b", 2, 0.5, [], b"raw"), Item("c", 3, 1.0, [True, None, 1j])]
print([asdict(i) for i in items])
print([astuple(i) for i in items])
seen = []
original = copy.deepcopy


def spy(x, memo=None):
    seen.append(type(x).__name__)
    return original(x, memo)


copy.deepcopy = spy
print(asdict(items[1]), astuple(items[2]))
copy.deepcopy = original
print(seen)
print(asdict(items[0]) == asdict(items[0]), astuple(items[0])[3] is items[0].tags)
