# The methods @dataclass adds behave as the functions CPython generates: signature, defaults,
# binding errors, attribute stores through __setattr__, __post_init__ with InitVars, comparisons
# by field tuples with NotImplemented for other classes, hashing, and repr with recursion.
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)
    _: KW_ONLY
    note: str = ""
    seen: list = field(default_factory=lambda: ["made"], init=False)


print(Item.__init__.__defaults__, Item.__init__.__kwdefaults__, Item.__init__.__name__, Item.__init__.__qualname__)
print(Item.__eq__.__qualname__, Item.__repr__.__qualname__, Item.__init__.__module__)
a = Item("a", tags=["x"], note="n")
b = Item("a", 1, ["x"], note="n")
print(a, a == b, a != b, a.seen, a.tags is not b.tags, Item("z").tags is not Item("z").tags)
for args, kwargs in [((), {}), (("a", 1, [], "n"), {}), (("a",), {"name": "b"}), (("a",), {"colour": 1}), (("a",), {"seen": 1})]:
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Logged:
    x: int
    y: int = 0

    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)


Logged(3)


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0

    def __post_init__(self, factor):
        print("post_init", self.value, factor)
        self.value *= factor


print(Scaled(1.5), Scaled(1.0, factor=3.0), Scaled.__init__.__defaults__)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2, v3 = Version(1, 2, "a"), Version(1, 10), Version(1, 2, "b")
print(v1 < v2, v2 <= v1, v1 == v3, hash(v1) == hash(v3), hash(v1) == hash((1, 2)), sorted([v2, v3, v1]))
try:
    v1.major = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Version.__eq__(v1, (1, 2)), Version.__lt__(v1, "x"))
try:
    v1 < (1, 2)
except TypeError as e:
    print("TypeError:", e)


class Sub(Version):
    pass


print(Sub(1, 2) == Version(1, 2), Version(1, 2) == Sub(1, 2), Sub(1, 2) == Sub(1, 2))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(Node(2))
root.children.append(root)
print(root)
print(repr(Node(0, [Node(5)])))


@dataclass(eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = "k"


print(hash(Key(1)) == hash((1, "k")), {Key(1): "x"}[Key(1)])
