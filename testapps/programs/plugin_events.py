"""An event bus for a release bot: plugins, dispatch, weak subscribers, flags and matching."""
import abc
import contextlib
import enum
import functools
import io
import itertools
import operator
import sys
import traceback
from dataclasses import dataclass, field, KW_ONLY
from typing import Protocol, runtime_checkable, Any, ClassVar


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    ADMIN = enum.auto()
    ALL = READ | WRITE | ADMIN


class Level(enum.IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


class Stage(str, enum.Enum):
    BUILD = "build"
    TEST = "test"
    SHIP = "ship"

    @property
    def next(self):
        members = list(type(self))
        i = members.index(self)
        return members[i + 1] if i + 1 < len(members) else None


@runtime_checkable
class Handler(Protocol):
    def handle(self, event: "Event") -> str: ...


@dataclass(slots=True)
class Event:
    name: str
    stage: Stage
    _: KW_ONLY
    level: Level = Level.LOW
    tags: list = field(default_factory=list)


class Plugin(abc.ABC):
    registry: ClassVar[dict] = {}

    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[prefix + cls.__name__.lower()] = cls

    @abc.abstractmethod
    def handle(self, event): ...

    @functools.cached_property
    def label(self):
        print(f"  (computing label for {type(self).__name__})")
        return type(self).__name__.upper()


class Notify(Plugin, prefix="core."):
    def handle(self, event):
        return f"notify {event.name}"


class Audit(Plugin):
    def handle(self, event):
        return f"audit {event.name}@{event.stage.value}"


class Broken(Plugin):
    pass


class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Bus:
    retries = Typed()

    def __init__(self):
        self._subs = set()
        self._named = {}
        self.retries = 2

    def subscribe(self, name, handler):
        self._subs.add(handler)
        self._named[name] = handler

    def publish(self, event):
        return sorted(h.handle(event) for h in self._subs)


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


@describe.register
def _(x: Event):
    match x:
        case Event(name=n, stage=Stage.SHIP, level=Level.HIGH):
            return f"urgent ship {n}"
        case Event(stage=Stage.BUILD | Stage.TEST as s, tags=[first, *rest]):
            return f"{s.name.lower()} tagged {first}+{len(rest)}"
        case Event(name=str(n)) if n.startswith("x"):
            return "experimental"
        case _:
            return "plain event"


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


def main():
    print(Perm.READ | Perm.WRITE, Perm.ALL, Perm.WRITE in Perm.ALL, ~Perm.READ, Perm(0))
    print(list(Perm), [m.name for m in Perm.ALL])
    print(Level.MID + 1, Level(10), Level.HIGH > Level.LOW, sorted([Level.HIGH, Level.LOW, 3]))
    print(Stage.BUILD.next, Stage.SHIP.next, Stage("test"), Stage.TEST == "test", f"{Stage.SHIP}")
    print(sorted(Plugin.registry))
    try:
        Broken()
    except TypeError as e:
        print("TypeError:", e)
    n, a = Notify(), Audit()
    print(n.label, n.label, isinstance(n, Handler), isinstance(3, Handler))
    bus = Bus()
    bus.subscribe("n", n)
    bus.subscribe("a", a)
    ev = Event("deploy", Stage.SHIP, level=Level.HIGH, tags=["prod"])
    print(ev, bus.publish(ev))
    try:
        Event("x", Stage.TEST, Level.MID)
    except TypeError as e:
        print("TypeError:", e)
    print(len(bus._subs), sorted(bus._named.keys()))
    try:
        bus.retries = "3"
    except TypeError as e:
        print("TypeError:", e)
    print(bus.retries, Bus.retries.name)
    for e in (ev, Event("b", Stage.BUILD, tags=["ci", "x", "y"]), Event("xp", Stage.TEST), Event("t", Stage.TEST)):
        print(describe(e))
    print(describe([1, [2, "s"]]), describe(2.5), describe.dispatch(bool).__name__)
    vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2.10", "0.9"]]
    print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("1.0") <= Version("0.9"))
    pairs = list(itertools.pairwise(sorted(vs)))
    print(pairs[0], len(pairs))
    data = sorted(["build:ok", "test:fail", "build:fail", "ship:ok", "test:ok"], key=lambda s: s.split(":")[0])
    for k, grp in itertools.groupby(data, key=lambda s: s.split(":")[0]):
        print(k, [g.split(":")[1] for g in grp])
    print(list(itertools.accumulate([3, 1, 4, 1, 5], operator.mul, initial=1)))
    print(list(itertools.starmap(operator.pow, [(2, 5), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
    print(list(map(operator.methodcaller("rjust", 4, "."), ["a", "bb"])), operator.attrgetter("stage.value")(ev))
    print(functools.reduce(operator.or_, [Perm.READ, Perm.ADMIN]))
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(io.StringIO())
        stack.callback(print, "exit stack closed")
        with contextlib.redirect_stdout(out):
            print("captured line")
        print("captured:", out.getvalue().strip())
    with contextlib.suppress(KeyError):
        {}["missing"]
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("lookup failed") from e
    except RuntimeError as e:
        lines = traceback.format_exception(e)
        print(len(lines), lines[-1].strip(), "direct cause" in "".join(lines))
        print(traceback.format_exception_only(type(e), e))
    print(describe.registry.keys() >= {object, int, list})


main()
