"""fleet_models: dataclass and enum models for a deployment inventory, serialised to JSON."""
from __future__ import annotations

import dataclasses
import json
import socket
from dataclasses import asdict, dataclass, field, replace
from enum import Enum, IntFlag, StrEnum, auto, unique
from functools import cached_property, singledispatch
from ipaddress import ip_address
from typing import ClassVar, Iterable


@unique
class Env(StrEnum):
    DEV = auto()
    STAGING = auto()
    PROD = auto()


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
    RW = READ | WRITE


class Status(Enum):
    UP = ("up", "🟢")
    DEGRADED = ("degraded", "🟡")
    DOWN = ("down", "🔴")

    def __init__(self, label: str, icon: str) -> None:
        self.label = label
        self.icon = icon

    def __str__(self) -> str:
        return f"{self.icon} {self.label}"


@dataclass(frozen=True, order=True)
class Port:
    number: int
    proto: str = "tcp"

    def __post_init__(self) -> None:
        if not 0 < self.number < 65536:
            raise ValueError(f"port out of range: {self.number}")
        if self.proto not in ("tcp", "udp"):
            raise ValueError(f"bad protocol {self.proto!r}")

    def __str__(self) -> str:
        return f"{self.number}/{self.proto}"


@dataclass
class Host:
    name: str
    address: str
    env: Env
    ports: list[Port] = field(default_factory=list)
    tags: dict[str, str] = field(default_factory=dict)
    status: Status = Status.UP
    cpu: float = 1.0
    _id_counter: ClassVar[int] = 0
    id: int = field(init=False, compare=False)

    def __post_init__(self) -> None:
        Host._id_counter += 1
        self.id = Host._id_counter
        self.address = str(ip_address(self.address))

    @cached_property
    def fqdn(self) -> str:
        print(f"  (computing fqdn of {self.name})")
        return f"{self.name}.{self.env}.example.internal"

    def __format__(self, spec: str) -> str:
        if spec == "row":
            ports = ",".join(map(str, sorted(self.ports))) or "-"
            return f"{self.id:>3} {self.name:<8} {self.address:<15} {self.env:<8} {ports:<18} {self.status}"
        return format(self.name, spec)


@singledispatch
def to_jsonable(obj):
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


@to_jsonable.register
def _(obj: Enum):
    return obj.name


@to_jsonable.register
def _(obj: Port):
    return str(obj)


@to_jsonable.register(set)
@to_jsonable.register(frozenset)
def _(obj):
    return sorted(obj)


def dump(hosts: Iterable[Host]) -> str:
    rows = []
    for h in hosts:
        d = {f.name: getattr(h, f.name) for f in dataclasses.fields(h)}
        rows.append(d)
    return json.dumps(rows, default=to_jsonable, indent=1, ensure_ascii=False)


def load(text: str) -> list[Host]:
    out = []
    for d in json.loads(text):
        d.pop("id")
        d["env"] = Env(d["env"])
        d["status"] = Status[d["status"]]
        d["ports"] = [Port(int(n), p) for n, p in (s.split("/") for s in d["ports"])]
        out.append(Host(**d))
    return out


def main() -> None:
    hosts = [
        Host("web1", "10.0.0.11", Env.PROD, [Port(443), Port(80)], {"role": "web"}),
        Host("web2", "10.0.0.12", Env.PROD, [Port(443), Port(80)], {"role": "web"}, Status.DEGRADED, 2.5),
        Host("db1", "10.0.1.5", Env.PROD, [Port(5432)], {"role": "db"}, cpu=8),
        Host("cache", "::ffff:10.0.2.1", Env.STAGING, [Port(6379), Port(6379, "udp")]),
        Host("dev-box", "192.168.1.50", Env.DEV, status=Status.DOWN),
    ]
    print(f"{'id':>3} {'name':<8} {'address':<15} {'env':<8} {'ports':<18} status")
    for h in hosts:
        print(f"{h:row}")
    print(f"[{hosts[0]:>10}] [{hosts[1]:^10}]")
    print(hosts[0].fqdn, hosts[0].fqdn, "fqdn" in vars(hosts[0]))
    print(repr(Env.PROD), Env.PROD == "prod", Env("staging"), list(Env), Env.DEV.upper())
    p = Perm.READ | Perm.EXEC
    print(repr(p), p, int(p), Perm.RW in Perm(7), Perm(6) is Perm.RW, ~Perm.WRITE, Perm(0))
    print(Status.UP, repr(Status.DOWN), Status.DEGRADED.value, Status(("down", "🔴")).name)
    by_env: dict[Env, list[str]] = {}
    for h in sorted(hosts, key=lambda h: (h.env, -h.cpu, h.name)):
        by_env.setdefault(h.env, []).append(h.name)
    print(by_env)
    print(sorted({pt for h in hosts for pt in h.ports}))
    print(asdict(hosts[3]))
    moved = replace(hosts[2], address="10.0.9.9", env=Env.STAGING)
    print(moved.id, hosts[2].id, moved == hosts[2], replace(moved, address="10.0.1.5", env=Env.PROD) == hosts[2])
    try:
        Port(70000)
    except ValueError as e:
        print("ValueError:", e)
    try:
        hosts[0].ports[0].number = 1
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    try:
        Host("bad", "10.0.0.300", Env.DEV)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Env.QA
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Env("qa")
    except ValueError as e:
        print("ValueError:", e)
    text = dump(hosts[:2])
    print(text)
    again = load(text)
    print([h.id for h in again], again[0] == hosts[0], again[1].status is Status.DEGRADED)
    try:
        json.dumps({"when": object()}, default=to_jsonable)
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({"tags": frozenset({"b", "a"}), "env": Env.PROD}, default=to_jsonable, sort_keys=True))
    print([f.name for f in dataclasses.fields(Host)], dataclasses.is_dataclass(Host), Host.__match_args__)
    match hosts[1]:
        case Host(name=n, status=Status.DEGRADED | Status.DOWN, tags={"role": role}):
            print(f"alert: {n} ({role}) is {hosts[1].status.label}")
        case _:
            print("all good")
    hostname = socket.gethostname()
    print("hostname is a str:", isinstance(hostname, str) and len(hostname) > 0)


if __name__ == "__main__":
    main()
