"""A small program exercising definitions, closures and comprehensions."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


def memoize(fn: Callable[..., T]) -> Callable[..., T]:
    cache: dict[tuple, T] = {}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


@memoize
def fib(n: int, /) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@dataclass(frozen=True)
class Point(Generic[T]):
    x: T
    y: T
    tags: list[str] = field(default_factory=list)

    def __add__(self, other: Point[T]) -> Point[T]:
        return Point(self.x + other.x, self.y + other.y)

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Counter:
    count = 0

    def __init__(self, start=0, *, step=1):
        self.value, self.step = start, step

    def __iter__(self):
        return self

    def __next__(self):
        if self.value > 100:
            raise StopIteration
        self.value += self.step
        return self.value


def gen(limit):
    total = 0
    for i in range(limit):
        received = yield i
        total += received or 0
    return total


def nested():
    x = 0

    def inner():
        nonlocal x
        x += 1
        return x

    return inner


squares = {n: n * n for n in range(10) if n % 2 == 0}
pairs = [(a, b) for a in range(3) for b in range(a) if a != b]
flat = [y for row in [[1, 2], [3, 4]] for y in row]
matrix = [[0] * 3 for _ in range(3)]
total = sum(x for x in range(100) if not x % 7)
words = sorted({w.lower() for w in "The quick brown the lazy".split()}, key=len, reverse=True)
values = [*range(3), *[4, 5]]
merged = {**squares, "extra": -1}
first, *middle, last = range(10)
a = b = c = 0
a, b = b, a
x = 1 if a else 2 if b else 3
lam = lambda *args, key=None, **kw: (args, key, kw)
text = "multi" "part" 'string' r"\raw" + b"bytes".decode()
big = 123_456_789 * 0x_FF + 0o17 - 0b1010 + 1.5e-3 + 2j
assert fib(10) == 55, "fib is wrong"
with open(__file__) as fh, open(__file__) as fh2:
    data = fh.read(10)
try:
    1 / 0
except ZeroDivisionError as exc:
    err = exc
except (TypeError, ValueError):
    pass
else:
    pass
finally:
    del err
while True:
    break
else:
    pass
global_name = [i for i in range(5)][1:4:2]
print(f"{fib(20):>10,} {Point(1, 2)!r} {text=}", sep="", end="\n")
