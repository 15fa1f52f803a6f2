"""An order-processing state machine: enums, dataclasses, and match statements with class,
mapping, sequence, or- and guarded patterns."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace, asdict, astuple
from typing import Optional


class State(enum.Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Flag(enum.Flag):
    GIFT = enum.auto()
    FRAGILE = enum.auto()
    EXPRESS = enum.auto()


@dataclass(frozen=True)
class Item:
    sku: str
    qty: int
    price: float


@dataclass(order=True)
class Order:
    id: int
    items: list[Item] = field(default_factory=list, compare=False)
    state: State = field(default=State.NEW, compare=False)
    priority: Priority = Priority.NORMAL
    flags: Flag = Flag(0)
    history: list[str] = field(default_factory=list, repr=False, compare=False)

    @property
    def total(self) -> float:
        return round(sum(i.qty * i.price for i in self.items), 2)


@dataclass
class Pay:
    amount: float


@dataclass
class Ship:
    carrier: str
    tracking: Optional[str] = None


@dataclass
class Deliver:
    pass


@dataclass
class Cancel:
    reason: str


class TransitionError(Exception):
    pass


def step(order: Order, event) -> Order:
    match (order.state, event):
        case (State.NEW, Pay(amount=a)) if abs(a - order.total) < 0.005:
            new = State.PAID
        case (State.NEW, Pay(amount=a)):
            raise TransitionError(f"order {order.id}: paid {a:.2f}, total is {order.total:.2f}")
        case (State.PAID, Ship(carrier="pigeon")):
            raise TransitionError("no pigeons")
        case (State.PAID, Ship(carrier=c, tracking=None)):
            order.history.append(f"shipped by {c} without tracking")
            new = State.SHIPPED
        case (State.PAID, Ship(carrier=c, tracking=str(t))) if t.startswith("TRK"):
            order.history.append(f"shipped by {c}, tracking {t}")
            new = State.SHIPPED
        case (State.SHIPPED, Deliver()):
            new = State.DELIVERED
        case (State.NEW | State.PAID, Cancel(reason=r)):
            order.history.append("cancelled: " + r)
            new = State.CANCELLED if order.state is State.NEW else State.REFUNDED
        case (s, e):
            raise TransitionError(f"order {order.id}: {type(e).__name__} not allowed in {s.name}")
    order.history.append(f"{order.state.value} -> {new.value}")
    order.state = new
    return order


def parse_event(raw):
    match raw:
        case {"type": "pay", "amount": int(a) | float(a)}:
            return Pay(float(a))
        case {"type": "ship", "carrier": str(c), **rest}:
            return Ship(c, rest.get("tracking"))
        case {"type": "deliver"}:
            return Deliver()
        case {"type": "cancel", "reason": str(r)} if r:
            return Cancel(r)
        case ["pay", amount]:
            return Pay(float(amount))
        case ["ship", carrier, *extra]:
            return Ship(carrier, extra[0] if extra else None)
        case str() as word if word.lower() == "deliver":
            return Deliver()
        case _:
            return None


def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative"
        case int() | float() as n:
            return f"number {n!r}"
        case [x, y, *rest]:
            return f"seq of {2 + len(rest)} starting {x!r},{y!r}"
        case {"k": v, **others} if not others:
            return f"only k={v}"
        case Item(sku=s, qty=q):
            return f"item {s} x{q}"
        case State.PAID | State.SHIPPED:
            return "in flight"
        case _:
            return f"other {type(value).__name__}"


def main():
    items = [Item("A-1", 2, 9.99), Item("B-7", 1, 24.5), Item("C-3", 3, 0.35)]
    orders = [Order(1, items[:2], priority=Priority.HIGH, flags=Flag.GIFT | Flag.FRAGILE),
              Order(2, items[1:]), Order(3, [items[0]], priority=Priority.LOW), Order(4, items)]
    print(orders[0])
    print(orders[0].total, orders[1].total, [o.total for o in orders])
    scripts = {
        1: [{"type": "pay", "amount": 44.48}, {"type": "ship", "carrier": "ups", "tracking": "TRK123"}, "Deliver"],
        2: [["pay", "25.55"], ["ship", "pigeon"], {"type": "cancel", "reason": "customer"}],
        3: [{"type": "pay", "amount": 5}, {"type": "cancel", "reason": ""}, {"type": "deliver"}],
        4: [{"type": "pay", "amount": 45.53}, ["ship", "dhl"], {"type": "refund"}, {"type": "deliver"}],
    }
    for order in orders:
        for raw in scripts[order.id]:
            event = parse_event(raw)
            if event is None:
                print(f"  {order.id}: unrecognised {raw!r}")
                continue
            try:
                step(order, event)
            except TransitionError as e:
                print(f"  {order.id}: refused: {e}")
        print(order.id, order.state, order.state.name, order.history)
    print(sorted(orders, reverse=True)[0].id, max(orders).id, Order(9) < Order(10), Order(1) == Order(1, items))
    print([describe(v) for v in [None, True, -3, 7, 2.5, [1, 2, 3], (4, 5), {"k": 1}, {"k": 1, "j": 2},
                                 items[2], State.PAID, State.NEW, "s", b"x"]])
    moved = replace(items[0], qty=5)
    print(moved, asdict(orders[2])["items"], astuple(items[1]))
    try:
        items[0].qty = 3
    except Exception as e:
        print(type(e).__name__, e)
    print(Flag.GIFT | Flag.EXPRESS, Flag(3), Flag(0), list(Flag), Flag.GIFT in orders[0].flags)
    print(Priority.HIGH > Priority.LOW, Priority(2), Priority["LOW"], int(Priority.HIGH) + 1, repr(State("paid")))
    print({s: s.value for s in State}, State.__members__.keys(), len(State))
    try:
        State("lost")
    except ValueError as e:
        print(e)
    print(hash(items[0]) == hash(Item("A-1", 2, 9.99)), {items[0], Item("A-1", 2, 9.99)} == {items[0]})


main()
