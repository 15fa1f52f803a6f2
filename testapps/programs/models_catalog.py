# A catalog of build targets modelled with dataclasses, enums and typing constructs that must
# merely not get in the way: NamedTuple, TypedDict, Protocol, Generic, Literal, overload.
from __future__ import annotations

import dataclasses
import enum
import json
from dataclasses import InitVar, KW_ONLY, asdict, astuple, dataclass, field, fields, replace
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable, Iterator, List, Literal,
                    NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union, overload,
                    runtime_checkable, get_type_hints, cast, Final)

T = TypeVar("T")
K = TypeVar("K", bound="Named")


class Platform(enum.Flag):
    LINUX = enum.auto()
    MACOS = enum.auto()
    WINDOWS = enum.auto()
    UNIX = LINUX | MACOS
    ALL = LINUX | MACOS | WINDOWS


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Stage(str, enum.Enum):
    DEV = "dev"
    BETA = "beta"
    GA = "ga"

    @property
    def public(self) -> bool:
        return self is not Stage.DEV


class Color(enum.Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2

    def __str__(self):
        return self.name.lower()


class Coord(NamedTuple):
    path: str
    line: int = 0

    def __str__(self):
        return f"{self.path}:{self.line}"


class TargetDict(TypedDict, total=False):
    name: str
    deps: List[str]


@runtime_checkable
class Named(Protocol):
    name: str

    def describe(self) -> str: ...


@dataclass(order=True)
class Target:
    sort_index: tuple = field(init=False, repr=False)
    name: str
    priority: Priority = Priority.NORMAL
    platforms: Platform = Platform.ALL
    deps: List[str] = field(default_factory=list, compare=False)
    tags: Dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    stage: Stage = Stage.DEV
    registry: ClassVar[Dict[str, "Target"]] = {}
    scale: InitVar[int] = 1

    def __post_init__(self, scale: int) -> None:
        self.sort_index = (-int(self.priority) * scale, self.name)
        Target.registry[self.name] = self

    def describe(self) -> str:
        return f"{self.name}[{self.platforms.name or self.platforms!r}]"


@dataclass(frozen=True)
class Artifact:
    target: str
    version: str
    _: KW_ONLY
    size: int = 0
    checksum: Optional[str] = None


class Registry(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[str, T] = {}

    def add(self, key: str, item: T) -> T:
        self._items[key] = item
        return item

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    @overload
    def get(self, key: str) -> Optional[T]: ...
    @overload
    def get(self, key: str, default: T) -> T: ...
    def get(self, key, default=None):
        return self._items.get(key, default)


def order(targets: Iterable[Target]) -> List[str]:
    seen: Dict[str, None] = {}

    def visit(t: Target, stack: tuple = ()) -> None:
        if t.name in stack:
            raise RuntimeError(" -> ".join(stack + (t.name,)))
        for d in t.deps:
            visit(Target.registry[d], stack + (t.name,))
        seen.setdefault(t.name)

    for t in targets:
        visit(t)
    return list(seen)


def main() -> None:
    core = Target("core", Priority.HIGH, Platform.ALL, stage=Stage.GA)
    cli = Target("cli", deps=["core"], platforms=Platform.UNIX, tags={"lang": "py"})
    gui = Target("gui", Priority.LOW, Platform.WINDOWS | Platform.MACOS, ["core", "cli"], scale=3)
    docs = Target("docs", Priority.LOW, Platform.LINUX, stage=Stage.BETA)
    targets = [gui, docs, cli, core]
    print(sorted(targets))
    print([t.name for t in sorted(targets)], core < cli, max(targets).name)
    print(order(targets))
    print(asdict(cli))
    print(astuple(docs))
    print([f.name for f in fields(Target)], [f.name for f in fields(Artifact)])
    print(json.dumps(asdict(core), default=str, sort_keys=True))
    a = Artifact("core", "1.0", size=2048)
    b = replace(a, version="1.1", checksum="abc")
    print(a, b, a == replace(b, version="1.0", checksum=None), hash(a) == hash(Artifact("core", "1.0", size=2048)))
    try:
        a.size = 1
    except dataclasses.FrozenInstanceError as e:
        print(type(e).__name__, e)
    try:
        Artifact("x", "1", 3)
    except TypeError as e:
        print("TypeError", e)
    try:
        replace(core, sort_index=())
    except ValueError as e:
        print("ValueError", e)
    print(list(Platform), Platform.UNIX, Platform.UNIX.value, Platform.LINUX in Platform.UNIX, Platform(5))
    print(repr(Platform.WINDOWS | Platform.LINUX), ~Platform.LINUX, bool(Platform(0)), Platform(0))
    print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, 3, Priority.LOW]), Priority(5), f"{Priority.LOW}", str(Priority.LOW))
    print(Stage.GA, repr(Stage.BETA), Stage("beta"), Stage.BETA == "beta", Stage.DEV.public, f"{Stage.GA}", "{}".format(Stage.GA), Stage.GA.value)
    print(Color.CRIMSON is Color.RED, list(Color), Color["GREEN"], Color(2), Color.__members__.keys(), f"{Color.RED!r}")
    try:
        Priority(7)
    except ValueError as e:
        print(e)
    try:
        Color["BLUE"]
    except KeyError as e:
        print("KeyError", e)
    c = Coord("a.py", 3)
    print(c, repr(c), c._asdict(), c._replace(line=9), Coord._fields, Coord._field_defaults, Coord("b.py"))
    td: TargetDict = {"name": "x"}
    print(td, TargetDict.__required_keys__, sorted(TargetDict.__optional_keys__), TargetDict.__total__)
    print(isinstance(core, Named), isinstance(c, Named), cast(int, "s"))
    reg: Registry[Target] = Registry()
    reg.add("core", core)
    print(reg.get("core").describe(), reg.get("nope"), reg.get("nope", docs).describe(), [t.name for t in reg])
    print(Registry[int], List[Optional[int]], Union[int, str], Literal["a", 1], Callable[[int], str], Dict[str, Any])
    print(get_type_hints(Coord), get_type_hints(Target.describe))
    print(Target.__annotations__["deps"], Target.__match_args__, Coord.__annotations__)
    gui.deps.append("gui")
    try:
        order([gui])
    except RuntimeError as e:
        print("cycle:", e)
    mode: Final = "strict"
    print(mode, dataclasses.is_dataclass(core), dataclasses.is_dataclass(Target), dataclasses.is_dataclass(c))
    Dyn = dataclasses.make_dataclass("Dyn", [("x", int), ("y", int, field(default=5))], order=True)
    print(Dyn(1), Dyn(1) < Dyn(2), Dyn.__name__)


main()
