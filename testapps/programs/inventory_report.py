# An inventory report: dataclasses with field(default_factory) and __post_init__, enum.Flag and
# IntEnum, typing annotations (Optional, NamedTuple, TypedDict, Protocol, Generic), functools
# (lru_cache, partial, reduce, wraps, singledispatch, cached_property), itertools (groupby,
# accumulate, product, chain, islice, pairwise), collections (Counter, deque, defaultdict,
# namedtuple, ChainMap, OrderedDict), contextlib (contextmanager, ExitStack, suppress), f-string
# format specs, __repr__/__str__/__format__, sorting with operator.itemgetter/attrgetter.
import contextlib
import dataclasses
import enum
import functools
import itertools
import operator
import sys
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass, field
from typing import Dict, Generic, Iterable, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    DELETE = enum.auto()
    ADMIN = READ | WRITE | DELETE


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Color(enum.Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"

    def __str__(self):
        return self.name.lower()


class Location(NamedTuple):
    aisle: int
    shelf: str = "A"

    def __str__(self):
        return f"{self.aisle:02d}{self.shelf}"


class Summary(TypedDict):
    sku: str
    total: float


Point = namedtuple("Point", "x y", defaults=[0])


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = int(cents)

    def __add__(self, other):
        return Money(self.cents + other.cents)

    __radd__ = lambda self, other: self if other == 0 else Money(self.cents + other.cents)

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents / 100:,.2f}"

    def __format__(self, spec):
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d")
        return format(str(self), spec)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    __hash__ = None


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    sku: str
    name: str
    price: Money = field(compare=False)
    qty: int = 0
    tags: List[str] = field(default_factory=list, compare=False)
    location: Location = field(default_factory=lambda: Location(1), compare=False)
    priority: Priority = field(default=Priority.NORMAL, compare=False)
    color: Optional[Color] = field(default=None, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.priority, self.sku)

    @functools.cached_property
    def value(self):
        return Money(self.price.cents * self.qty)


@dataclass(frozen=True)
class User:
    name: str
    perms: Perm = Perm.READ


T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class HasSku(Protocol):
    sku: str


def skus(items: Iterable[HasSku]) -> List[str]:
    return [i.sku for i in items]


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        CALLS[fn.__name__] += 1
        return result
    return wrapper


CALLS: Counter = Counter()


@functools.lru_cache(maxsize=64)
def shipping(weight: int, express: bool = False) -> int:
    base = 500 + 120 * weight
    return base * 2 if express else base


@logged
def restock(item: Item, amount: int = 10) -> Item:
    """Add stock."""
    return dataclasses.replace(item, qty=item.qty + amount)


@functools.singledispatch
def describe(value) -> str:
    return f"object {value!r}"


@describe.register
def _(value: int) -> str:
    return f"int {value:+d}"


@describe.register(list)
def _(value) -> str:
    return f"list of {len(value)}"


@describe.register
def _(value: Money) -> str:
    return f"money {value:>10}"


@contextlib.contextmanager
def section(title, out):
    out.append(f"<{title}>")
    try:
        yield len(out)
    finally:
        out.append(f"</{title}>")


def make_items(n):
    names = ["bolt", "nut", "washer", "screw", "gear", "spring", "cable", "valve"]
    tags = ["metal", "small", "bulk", "fragile", "import"]
    items = []
    for i in range(n):
        name = names[i % len(names)]
        items.append(Item(
            sku=f"SKU-{i * 37 % 1000:04d}",
            name=f"{name}-{i}",
            price=Money(99 + (i * 731) % 5000),
            qty=(i * 13) % 40,
            tags=[tags[(i + k) % len(tags)] for k in range(i % 3)],
            location=Location(i % 7 + 1, "ABC"[i % 3]),
            priority=Priority((i % 3) + 1),
            color=[None, Color.RED, Color.GREEN, Color.BLUE][i % 4],
        ))
    return items


def main():
    items = make_items(24 * SCALE)
    print("first:", items[0])
    print("sorted head:", skus(sorted(items)[:4]))
    by_price = sorted(items, key=operator.attrgetter("price", "sku"))
    print("cheapest:", [(i.sku, str(i.price)) for i in by_price[:3]])
    rows = [(i.name, i.qty, i.priority) for i in items]
    rows.sort(key=operator.itemgetter(2, 1), reverse=True)
    print("top rows:", rows[:3])
    print(f"{'sku':<9}|{'name':^10}|{'qty':>5}|{'price':>10}|{'value':>12}|loc")
    for item in items[:6]:
        print(f"{item.sku:<9}|{item.name:^10}|{item.qty:>5d}|{item.price:>10}|{item.value:>12}|{item.location}")
    print(f"value cents: {items[3].value:08,c}")
    total = sum((i.value for i in items), Money(0))
    print("total value:", total, repr(total))
    print("reduce max:", functools.reduce(lambda a, b: a if a.value.cents >= b.value.cents else b, items).sku)

    groups = itertools.groupby(sorted(items, key=lambda i: i.name.split("-")[0]), key=lambda i: i.name.split("-")[0])
    for kind, members in groups:
        members = list(members)
        print(f"  {kind:<7} n={len(members)} qty={sum(m.qty for m in members):4d}")
    running = list(itertools.accumulate(i.qty for i in items[:8]))
    print("running qty:", running)
    print("max run:", list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
    print("grid:", [f"{a}{b}" for a, b in itertools.product("AB", range(3))])
    print("pairs:", list(itertools.pairwise(running[:5])))
    print("chain/islice:", list(itertools.islice(itertools.chain("xy", range(10)), 1, 8, 2)))

    tag_counts = Counter(t for i in items for t in i.tags)
    print("tags:", tag_counts.most_common(3), sum(tag_counts.values()))
    colors = Counter(str(i.color) for i in items)
    print("colors:", sorted(colors.items()))
    by_aisle = defaultdict(list)
    for i in items:
        by_aisle[i.location.aisle].append(i.sku)
    print("aisles:", {k: len(v) for k, v in sorted(by_aisle.items())})
    recent = deque(maxlen=4)
    for i in items:
        recent.append(i.sku)
    recent.rotate(1)
    print("recent:", list(recent), recent.maxlen)
    defaults = {"currency": "USD", "warehouse": "north", "express": False}
    env = {"warehouse": "south"}
    cli = {"express": True}
    settings = ChainMap(cli, env, defaults)
    print("settings:", dict(settings), settings.maps[1], len(settings))
    child = settings.new_child({"currency": "EUR"})
    print("child:", child["currency"], child.parents["currency"])
    od = OrderedDict.fromkeys("abcde", 0)
    od.move_to_end("b")
    od.popitem(last=False)
    print("ordered:", list(od), repr(od)[:40])
    p = Point(3)
    print("point:", p, p._replace(y=4), p._asdict(), Point._fields)

    print("shipping:", [shipping(w, w % 2 == 0) for w in (1, 2, 3, 1, 2)])
    print("cache:", shipping.cache_info())
    express = functools.partial(shipping, express=True)
    print("partial:", express(5), express.keywords, express.func.__name__)
    restocked = [restock(i, amount=5) for i in items[:3]]
    print("restocked:", [(r.sku, r.qty) for r in restocked], CALLS, restock.__name__, restock.__doc__)

    admin = User("root", Perm.ADMIN)
    guest = User("guest")
    editor = User("ed", Perm.READ | Perm.WRITE)
    for u in (admin, guest, editor):
        print(f"  {u.name:<5} {u.perms!r} write={bool(u.perms & Perm.WRITE)} delete={Perm.DELETE in u.perms}")
    print("flag ops:", Perm.ADMIN & ~Perm.DELETE, list(Perm), Perm(3))
    print("priority:", Priority.HIGH > Priority.LOW, Priority(2).name, int(Priority.HIGH) + 1, sorted(Priority, reverse=True))
    print("color:", Color("g"), Color.BLUE.value, repr(Color.RED), [c.name for c in Color])
    try:
        guest_copy = dataclasses.replace(guest, name="g2")
        guest.name = "x"
    except dataclasses.FrozenInstanceError as e:
        print("frozen:", type(e).__name__, e, guest_copy)
    print("fields:", [f.name for f in dataclasses.fields(Item)][:5])
    print("asdict:", dataclasses.asdict(User("u", Perm.WRITE)))
    print("astuple:", dataclasses.astuple(User("v")), Location(2, "C")._asdict())

    for value in (42, -7, [1, 2], Money(123456), "text"):
        print("describe:", describe(value))
    s: Stack[int] = Stack()
    for n in range(5):
        s.push(n * n)
    print("stack:", s.pop(), len(s))
    summary: Summary = {"sku": items[0].sku, "total": 1.5}
    print("summary:", summary, sorted(Summary.__annotations__))

    out = []
    with section("report", out) as depth:
        out.append(f"depth {depth}")
        with contextlib.ExitStack() as stack:
            for name in ("a", "b", "c"):
                stack.enter_context(section(name, out))
            stack.callback(out.append, "callback ran")
        with contextlib.suppress(KeyError, IndexError):
            {}["missing"]
        out.append("after suppress")
    print("sections:", out)
    print(f"numbers: {1234567.891:,.2f} {0.000123:.2e} {42:#x} {42:#o} {42:08b} {-3.5:+.1f} {0.256:.1%} {12:^7}|")
    print(f"repr/str: {Money(5)!r} {Money(5)!s} {Color.RED!s} {Priority.LOW!r}")


main()
