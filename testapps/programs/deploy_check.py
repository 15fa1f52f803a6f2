# A deployment pre-flight checker: a custom exception hierarchy with notes and exception groups,
# typing-heavy models (TypedDict, NamedTuple, Protocol, Generic), enum flags, singledispatch
# formatting, cached_property, tracebacks printed to stderr, warnings, and sys.exit codes.
import enum
import functools
import sys
import traceback
import warnings
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, asdict
from typing import Generic, NamedTuple, Protocol, TypedDict, TypeVar, Literal, Optional, get_type_hints

T = TypeVar("T")


class CheckError(Exception):
    code = 10

    def __init__(self, target, detail):
        super().__init__(target, detail)
        self.target = target
        self.detail = detail

    def __str__(self):
        return f"[{self.target}] {self.detail}"


class ConfigError(CheckError):
    code = 20


class NetworkError(CheckError):
    code = 30

    def __repr__(self):
        return f"NetworkError<{self.target}>"


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()
    RW = READ | WRITE


class Stage(enum.Enum):
    BUILD = "build"
    TEST = "test"
    DEPLOY = "deploy"

    def __str__(self):
        return self.value.upper()


class HostSpec(TypedDict, total=False):
    name: str
    port: int
    tags: list[str]


class Endpoint(NamedTuple):
    host: str
    port: int = 443
    scheme: Literal["http", "https"] = "https"

    def url(self):
        return f"{self.scheme}://{self.host}:{self.port}"


class Probe(Protocol):
    def check(self, endpoint: Endpoint) -> bool: ...


@dataclass
class Result(Generic[T]):
    name: str
    value: Optional[T] = None
    errors: list[str] = field(default_factory=list)

    @functools.cached_property
    def ok(self):
        print(f"    (computing ok for {self.name})")
        return not self.errors


@functools.singledispatch
def describe(value):
    return f"<{type(value).__name__}>"


@describe.register
def _(value: int):
    return f"int:{value:+d}"


@describe.register(list)
@describe.register(tuple)
def _(value):
    return "seq[" + ", ".join(describe(v) for v in value) + "]"


@describe.register
def _(value: Perm):
    return f"perm:{value.name or value.value}"


class FakeProbe:
    def __init__(self, down):
        self.down = set(down)

    def check(self, endpoint):
        if endpoint.host in self.down:
            raise NetworkError(endpoint.host, f"connection refused on {endpoint.port}")
        return True


@contextmanager
def stage(name, log):
    log.append(f"enter {name}")
    try:
        yield name
    except CheckError as e:
        e.add_note(f"during stage {name}")
        log.append(f"fail {name}")
        raise
    finally:
        log.append(f"exit {name}")


def check_hosts(specs: list[HostSpec], probe: Probe):
    errors = []
    for spec in specs:
        try:
            if "name" not in spec:
                raise ConfigError("?", f"host without a name: {sorted(spec)}")
            ep = Endpoint(spec["name"], spec.get("port", 443))
            probe.check(ep)
            print("  ok", ep.url(), ep._replace(scheme="http").url())
        except CheckError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("host checks failed", errors)


def main():
    log = []
    print(describe(5), describe([1, (2, -3)]), describe("s"), describe(Perm.RW), describe(Perm.READ | Perm.EXEC))
    print(Perm.RW, Perm(3), Perm.WRITE in Perm.RW, list(Perm), repr(Perm(0)))
    print(str(Stage.TEST), repr(Stage.DEPLOY), Stage("build").name, [s.value for s in Stage])
    print(get_type_hints(HostSpec), Endpoint._fields, Endpoint._field_defaults)
    print(sorted(get_type_hints(Result)), Result.__parameters__, HostSpec.__total__)
    r = Result[int]("alpha", 3)
    print(r, r.ok, r.ok, asdict(r))
    r2 = Result("beta", errors=["x"])
    print(r2.ok, r2 == Result("beta", None, ["x"]), r2.__dict__.keys() - {"name"})

    specs = [{"name": "api.example.org"}, {"port": 80}, {"name": "db.internal", "port": 5432},
             {"name": "cache.internal", "port": 6379, "tags": ["redis"]}]
    try:
        with stage("probe", log):
            check_hosts(specs, FakeProbe({"db.internal", "cache.internal"}))
    except* ConfigError as group:
        print("config errors:", [str(e) for e in group.exceptions])
    except* NetworkError as group:
        print("network errors:", group.exceptions, [e.code for e in group.exceptions])
        print("notes:", getattr(group, "__notes__", None))
    print("log:", log)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.warn("port 80 is plain http", UserWarning)
        warnings.warn("old option", DeprecationWarning, stacklevel=1)
    print("warnings:", [(w.category.__name__, str(w.message)) for w in caught])

    with ExitStack() as stack:
        for name in ("a", "b"):
            stack.enter_context(stage(name, log))
        stack.callback(log.append, "callback")
    print("stack log:", log[-5:])

    try:
        with stage("deploy", log):
            raise ConfigError("deploy.yml", "missing key 'region'")
    except CheckError as e:
        print("caught:", e, e.__notes__, e.args, ConfigError.code)
        traceback.print_exc(file=sys.stdout)

    try:
        try:
            {}["region"]
        except KeyError as e:
            raise ConfigError("deploy.yml", "no region") from e
    except CheckError as e:
        lines = traceback.format_exception(e)
        print(len(lines), lines[-1], end="")
        print("".join(traceback.format_exception_only(type(e), e)), end="")

    failures = [NetworkError("edge", "timeout"), ConfigError("env", "bad value")]
    code = max(f.code for f in failures)
    print("exiting with", code, sys.exit.__name__)
    sys.stdout.flush()
    eg = ExceptionGroup("final", failures)
    eg.add_note("2 checks failed")
    traceback.print_exception(eg)
    sys.exit(code)


if __name__ == "__main__":
    main()
