import dataclasses
from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional


@dataclass
class Config:
    name: str
    retries: int = 3
    tags: List[str] = field(default_factory=list, metadata={"doc": "labels"})
    parent: Optional["Config"] = None
    instances: ClassVar[int] = 0
    debug: bool = field(default=False, repr=False)


c = Config("svc", tags=["a"])
print(c)
print([f.name for f in fields(Config)], Config.instances)
f = fields(Config)[2]
print(f.metadata["doc"], dict(f.metadata), f.type)
print(Config.__annotations__)
print(Config.__doc__)
print(dataclasses.asdict(Config("a", parent=Config("b"))))
print(Config.__dataclass_params__)
print(Config.__dataclass_fields__["instances"]._field_type, Config.__dataclass_fields__["name"]._field_type)
print(Config.retries, hasattr(Config, "tags"), Config.debug)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(dataclasses.astuple(root))
print(dataclasses.replace(root, value=9).children is root.children)

root.children.append(root)
print(repr(root)[:60])


@dataclass
class Counter:
    count: int = 0

    def increment(self):
        self.count += 1
        return self


print(Counter().increment().increment())
print(Counter(5) == Counter(5), Counter(1) != Counter(2))

try:
    @dataclass
    class Untyped:
        a: int
        b = field(default=1)
except TypeError as e:
    print("TypeError", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)


@dataclass
class Base:
    x: int = 0

    def describe(self):
        return f"{type(self).__name__} with x={self.x}"


@dataclass
class Derived(Base):
    y: int = 1
    x: int = 5


print(Derived(), Derived(1, 2), Derived().describe(), [f.name for f in fields(Derived)])
print(dataclasses.is_dataclass(Derived()), isinstance(Derived(), Base))
