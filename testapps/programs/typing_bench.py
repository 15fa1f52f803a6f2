# typing: runtime_checkable Protocol isinstance checks, NamedTuple, TypedDict, Generic classes, TypeVar.
import sys
from typing import Protocol, runtime_checkable, NamedTuple, TypedDict, Generic, TypeVar, Optional, Iterator, Callable, Any

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

T = TypeVar("T")
K = TypeVar("K")


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


class File:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


class NotFile:
    pass


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    title: str


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


class Registry(Generic[K, T]):
    def __init__(self):
        self.data: dict[K, T] = {}

    def add(self, key: K, value: T) -> "Registry[K, T]":
        self.data[key] = value
        return self


def first(xs: list[T]) -> Optional[T]:
    return xs[0] if xs else None


def main():
    n = 3000 * SCALE
    objs = [File(), NotFile(), [1, 2], "abc", Stack(), 42]
    closable = sized = 0
    acc = 0
    for i in range(n):
        o = objs[i % len(objs)]
        if isinstance(o, Closable):
            closable += 1
        if isinstance(o, Sized2):
            sized += 1
        p = Point(i, -i)
        acc += p.norm1() + p._replace(y=1).y
        m: Movie = {"title": "t%d" % i, "year": 1900 + i % 100}
        acc += m["year"]
        s: Stack[int] = Stack()
        s.push(i)
        s.push(i + 1)
        acc += s.pop() + len(s)
    print("closable", closable, "sized", sized, "acc", acc)
    p = Point(3)
    print(p, p._asdict(), Point._fields, Point._field_defaults, p._replace(x=9), Point._make([5, 6]))
    print(Point.__annotations__, Movie.__annotations__, Movie.__total__, Partial.__total__)
    print(sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__))
    r = Registry[str, int]().add("a", 1).add("b", 2)
    print(r.data, first([7, 8]), first([]))
    print(Stack[int], Registry[str, int], Optional[int], Callable[[int], str], list[int], dict[str, Any])
    print(T, T.__name__, Stack.__parameters__, issubclass(File, Closable), issubclass(NotFile, Closable))
    try:
        isinstance(1, Protocol)
    except TypeError as e:
        print("TypeError", e)

    class Plain(Protocol):
        def f(self) -> int: ...
    try:
        isinstance(File(), Plain)
    except TypeError as e:
        print("TypeError", e)
    try:
        Point(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)


main()
