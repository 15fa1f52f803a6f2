# A build scheduler: targets from a TOML manifest (tomllib), dependency order with graphlib,
# a simulated parallel run driven by heapq with a fake clock, dataclasses with ordering and
# slots, typing (Protocol, Literal, Callable, Final), abc, functools.total_ordering and
# cmp_to_key, pprint of the plan, shlex for command lines, and errors reported with their notes.
import abc
import functools
import graphlib
import heapq
import itertools
import pprint
import shlex
import sys
import tomllib
from dataclasses import dataclass, field
from typing import Callable, Dict, Final, List, Literal, Optional, Protocol, Tuple

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
WORKERS: Final = 3

MANIFEST = """
[project]
name = "engine"
version = "0.9.1"
authors = ["Ada <ada@example.org>", "Grace"]

[defaults]
cost = 2
retries = 1

[targets.proto]
cmd = "protoc --out gen/ 'api defs.proto'"
cost = 3

[targets.core]
cmd = "cc -O2 -c core.c"
deps = ["proto"]
cost = 5

[targets.net]
cmd = "cc -c net.c -DUSE_TLS=1"
deps = ["proto"]

[targets.ui]
cmd = 'cc -c ui.c --title="Engine UI"'
deps = ["core"]
flaky = true

[targets.tests]
cmd = "run-tests --shard 1/3"
deps = ["core", "net", "ui"]
cost = 4

[targets.docs]
cmd = "mkdocs build"
deps = []
cost = 1

[release]
date = 2024-05-01T10:00:00Z
channels = { stable = true, beta = false }
matrix = [[1, 2], ["a", "b"]]
"""


class Step(abc.ABC):
    @abc.abstractmethod
    def run(self, clock: int) -> Tuple[bool, str]:
        ...

    def describe(self) -> str:
        return type(self).__name__


class Reporter(Protocol):
    def __call__(self, clock: int, message: str) -> None: ...


@functools.total_ordering
@dataclass(eq=False, slots=True)
class Target(Step):
    name: str
    argv: List[str]
    cost: int
    deps: List[str] = field(default_factory=list)
    flaky: bool = False
    attempts: int = 0

    def run(self, clock):
        self.attempts += 1
        if self.flaky and self.attempts == 1:
            return False, f"{self.name}: transient failure at t={clock}"
        return True, f"{self.name}: ok ({shlex.join(self.argv[:2])})"

    def __eq__(self, other):
        return (self.cost, self.name) == (other.cost, other.name)

    def __lt__(self, other):
        return (self.cost, self.name) < (other.cost, other.name)


@dataclass(order=True, frozen=True)
class Event:
    time: int
    seq: int
    kind: Literal["start", "finish"] = field(compare=False)
    target: str = field(compare=False)


def load(text: str, copies: int) -> Dict[str, Target]:
    data = tomllib.loads(text)
    defaults = data["defaults"]
    targets = {}
    for name, spec in data["targets"].items():
        targets[name] = Target(name, shlex.split(spec["cmd"]), spec.get("cost", defaults["cost"]),
                               list(spec.get("deps", [])), spec.get("flaky", False))
    for i in range(copies):
        name = f"plugin{i}"
        targets[name] = Target(name, ["cc", "-c", f"{name}.c"], 1 + i % 4, ["core"] if i % 2 else ["net", "docs"])
        targets["tests"].deps.append(name)
    return targets


def schedule(targets: Dict[str, Target], report: Reporter) -> List[str]:
    sorter = graphlib.TopologicalSorter({name: t.deps for name, t in targets.items()})
    sorter.prepare()
    seq = itertools.count()
    events: List[Event] = []
    running: Dict[str, int] = {}
    clock = 0
    order = []
    waiting: List[Target] = []
    while sorter.is_active():
        for name in sorter.get_ready():
            heapq.heappush(waiting, targets[name])
        while waiting and len(running) < WORKERS:
            t = heapq.heappop(waiting)
            running[t.name] = clock
            heapq.heappush(events, Event(clock + t.cost, next(seq), "finish", t.name))
            report(clock, f"start {t.name} (cost {t.cost})")
        event = heapq.heappop(events)
        clock = event.time
        t = targets[event.target]
        del running[t.name]
        ok, message = t.run(clock)
        report(clock, message)
        if ok:
            sorter.done(t.name)
            order.append(t.name)
        else:
            heapq.heappush(waiting, t)
    report(clock, f"all {len(order)} targets built")
    return order


def main():
    data = tomllib.loads(MANIFEST)
    print("project:", data["project"])
    print("release:", data["release"]["date"], data["release"]["date"].tzinfo, data["release"]["channels"], data["release"]["matrix"])
    targets = load(MANIFEST, 4 * SCALE)
    pprint.pprint({n: (t.cost, t.deps) for n, t in list(targets.items())[:6]}, width=70)
    print("argv ui:", targets["ui"].argv)
    print("argv proto:", targets["proto"].argv, shlex.quote("api defs.proto"), shlex.quote("plain"))
    log: List[str] = []

    def report(clock: int, message: str) -> None:
        log.append(f"[t={clock:3d}] {message}")

    order = schedule(targets, report)
    print("\n".join(log[:14]))
    print("...", len(log), "log lines")
    print("order:", order)
    print("attempts:", {n: t.attempts for n, t in targets.items() if t.attempts != 1})
    by_cost = sorted(targets.values(), key=functools.cmp_to_key(lambda a, b: (b.cost - a.cost) or (a.name > b.name) - (a.name < b.name)))
    print("by cost:", [t.name for t in by_cost][:6])
    print("min/max target:", min(targets.values()).name, max(targets.values()).name)
    print("step:", targets["core"].describe(), isinstance(targets["core"], Step), Target.__slots__[:3])
    try:
        Step()
    except TypeError as e:
        print("abstract:", e)
    cyclic = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    try:
        list(graphlib.TopologicalSorter(cyclic).static_order())
    except graphlib.CycleError as e:
        print("cycle:", e.args[0], sorted(e.args[1]))
    try:
        tomllib.loads("x = [1, 2")
    except tomllib.TOMLDecodeError as e:
        print("toml error:", e)
    try:
        raise ValueError("bad target")
    except ValueError as e:
        e.add_note("while loading the manifest")
        print("notes:", e.__notes__)
    fmt = pprint.PrettyPrinter(indent=2, width=40, sort_dicts=False)
    print(fmt.pformat({"targets": sorted(targets)[:5], "meta": {"workers": WORKERS, "nested": {"deep": [1, 2, 3]}}}))
    print(pprint.pformat(list(range(30)), compact=True, width=50))


main()
