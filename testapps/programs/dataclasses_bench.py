# dataclasses: order=True, frozen, field(default_factory), asdict/astuple/replace, sorting them.
import dataclasses
import sys
from dataclasses import dataclass, field, asdict, astuple, replace

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


@dataclass(order=True)
class Release:
    major: int
    minor: int
    patch: int
    name: str = field(default="", compare=False)
    notes: list = field(default_factory=list, compare=False, repr=False)

    def bump(self):
        return replace(self, patch=self.patch + 1)


@dataclass(frozen=True)
class Coord:
    x: float
    y: float

    def dist2(self):
        return self.x * self.x + self.y * self.y


@dataclass
class Inventory:
    owner: str
    items: dict = field(default_factory=dict)
    history: list = field(default_factory=list)
    count: int = 0

    def __post_init__(self):
        self.count = len(self.items)


@dataclass
class Base:
    a: int = 1


@dataclass
class Child(Base):
    b: int = 2
    c: list = field(default_factory=lambda: [0])


def main():
    n = 3000 * SCALE
    rels = [Release(i % 3, (i * 7) % 11, (i * 13) % 17, "r%d" % i) for i in range(n)]
    rels.sort()
    print(rels[0], rels[-1])
    print(max(rels), min(rels) < max(rels), rels[0] == Release(0, 0, 0, "other"))
    bumped = [r.bump() for r in rels[:5]]
    print(bumped)
    coords = {Coord(i % 10, i % 7) for i in range(n)}
    print(len(coords), sorted(coords, key=Coord.dist2)[:3])
    total = 0
    for r in rels:
        d = asdict(r)
        t = astuple(r)
        total += d["major"] + t[1] + len(d["name"])
    print("total", total)
    inv = Inventory("ann", {"apple": 3, "pear": [1, 2]})
    print(inv, asdict(inv))
    c = Child()
    print(c, asdict(c), astuple(c), Child(5, 6, [7]) == Child(5, 6, [7]))
    try:
        Coord(1, 2).x = 5
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError", e)
    try:
        Release(1, 2)
    except TypeError as e:
        print("TypeError", e)
    try:
        rels[0] < Coord(1, 2)
    except TypeError as e:
        print("TypeError", e)
    print([f.name for f in dataclasses.fields(Release)], dataclasses.is_dataclass(inv))
    print(hash(Coord(1.5, 2.5)) == hash(Coord(1.5, 2.5)), Coord(1, 2) == Coord(1, 2))
    print(repr(Coord(0.5, -1.0)))


main()
