# A compatibility matrix tool: version specifiers parsed into typed NamedTuples and Protocol
# classes, functools (lru_cache, singledispatch, partial, reduce, cached_property, wraps),
# collections (ChainMap, OrderedDict, deque, Counter), typing generics, and a resolution error
# that escapes as a chained traceback at the end.
import functools
import operator
import re
from collections import ChainMap, Counter, OrderedDict, deque
from typing import Dict, Generic, Iterator, List, NamedTuple, Optional, Protocol, TypeVar

T = TypeVar("T")


class Spec(NamedTuple):
    op: str
    version: tuple

    def __str__(self):
        return self.op + ".".join(map(str, self.version))


class Matcher(Protocol):
    def matches(self, version: tuple) -> bool: ...


OPS = OrderedDict([(">=", operator.ge), ("<=", operator.le), ("==", operator.eq),
                   ("!=", operator.ne), (">", operator.gt), ("<", operator.lt)])


class ResolutionError(Exception):
    def __init__(self, package, wanted, available):
        super().__init__(f"no version of {package} matches {wanted}")
        self.package = package
        self.available = available


def vtuple(text):
    return tuple(int(p) for p in text.split("."))


@functools.lru_cache(maxsize=32)
def parse_spec(text: str) -> tuple:
    specs = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        m = re.match(r"(>=|<=|==|!=|>|<|~=)\s*([\d.]+)$", part)
        if not m:
            raise ValueError(f"bad specifier {part!r}")
        op, ver = m.groups()
        if op == "~=":
            v = vtuple(ver)
            specs.append(Spec(">=", v))
            specs.append(Spec("<", v[:-2] + (v[-2] + 1,)))
        else:
            specs.append(Spec(op, vtuple(ver)))
    return tuple(specs)


class SpecSet:
    def __init__(self, text):
        self.text = text
        self.specs = parse_spec(text)

    def matches(self, version):
        n = max([len(version)] + [len(s.version) for s in self.specs])
        pad = lambda v: v + (0,) * (n - len(v))
        return all(OPS[s.op](pad(version), pad(s.version)) for s in self.specs)

    @functools.cached_property
    def describe(self):
        print(f"  (describing {self.text!r})")
        return " and ".join(map(str, self.specs)) or "any"

    def __repr__(self):
        return f"SpecSet({self.text!r})"


class Registry(Generic[T]):
    def __init__(self):
        self._items: Dict[str, List[T]] = {}

    def add(self, name: str, item: T) -> None:
        self._items.setdefault(name, []).append(item)

    def get(self, name: str) -> List[T]:
        return self._items.get(name, [])

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._items))

    def __len__(self):
        return sum(map(len, self._items.values()))


@functools.singledispatch
def show(value) -> str:
    return repr(value)


@show.register
def _(value: tuple) -> str:
    return ".".join(map(str, value))


@show.register(list)
def _(value) -> str:
    return "[" + ", ".join(show(v) for v in value) + "]"


@show.register
def _(value: SpecSet) -> str:
    return f"<{value.describe}>"


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args[1:]} -> {show(result)}")
        return result
    return wrapper


def pick(registry: Registry, name: str, matcher: Matcher) -> Optional[tuple]:
    ok = [v for v in registry.get(name) if matcher.matches(v)]
    return max(ok, default=None)


class Resolver:
    def __init__(self, registry, defaults):
        self.registry = registry
        self.pins = ChainMap({}, defaults)
        self.order = deque()

    @traced
    def resolve(self, name, spec_text):
        spec = SpecSet(spec_text)
        found = pick(self.registry, name, spec)
        if found is None:
            raise ResolutionError(name, spec.describe, self.registry.get(name))
        self.pins[name] = found
        self.order.appendleft(name)
        return found


def main():
    reg: Registry[tuple] = Registry()
    for line in """
        requests 2.28.0 2.28.2 2.31.0
        urllib3 1.26.18 2.0.7 2.1.0
        idna 3.4 3.6
        certifi 2023.7.22 2024.2.2
    """.strip().splitlines():
        name, *versions = line.split()
        for v in versions:
            reg.add(name, vtuple(v))
    print(len(reg), "releases of", list(reg))
    for text in (">=2.0", "~=2.28.0", ">1.26,<2.1,!=2.0.7", "==3.4", ""):
        s = SpecSet(text)
        print(f"{text!r:24} -> {s.describe!r} / {s.describe!r}")
    print(parse_spec.cache_info())
    parse_spec(">=2.0")
    print(parse_spec.cache_info().hits, "hits after one more")
    try:
        parse_spec(">= two")
    except ValueError as e:
        print("ValueError:", e)

    r = Resolver(reg, {"certifi": vtuple("2023.7.22")})
    for name, spec in [("requests", ">=2.28,<2.31"), ("urllib3", "~=1.26.0"), ("idna", ">=3")]:
        r.resolve(name, spec)
    print("pins:", {k: show(v) for k, v in sorted(r.pins.items())})
    print("local pins:", dict(r.pins.maps[0]))
    print("order:", list(r.order), r.order.maxlen)
    newest = functools.reduce(lambda a, b: a if a >= b else b, (max(reg.get(n)) for n in reg))
    print("newest:", show(newest), show([(1, 2), (3,), (4, 5, 6)]), show(3.5))
    counts = Counter(len(v) for n in reg for v in reg.get(n))
    print("component counts:", sorted(counts.items()), counts.most_common(1))
    at_least = functools.partial(SpecSet, ">=2.0")
    print(at_least(), at_least().matches((2, 0, 1)), at_least.func.__name__, at_least.args)
    print(show.dispatch(list).__name__, show.registry.keys() >= {object, tuple, list})
    print(Spec(">=", (1, 2)), Spec._fields, Spec(">", (3,))._replace(op="<")._asdict())
    print(Resolver.resolve.__name__, Resolver.resolve.__wrapped__.__qualname__)
    try:
        r.resolve("urllib3", ">=3")
    except ResolutionError as e:
        print("caught:", e, "| available:", [show(v) for v in e.available])
    try:
        r.resolve("six", ">=1")
    except ResolutionError as e:
        raise RuntimeError(f"lock file not written: {len(r.pins)} pins so far") from e


if __name__ == "__main__":
    main()
