# Protocols checked at run time, TypedDict keys (Required/NotRequired/total/inheritance) and more
# NamedTuple forms.
from typing import (Annotated, NamedTuple, NotRequired, Protocol, Required, SupportsAbs, SupportsIndex,
                    SupportsInt, TypedDict, get_type_hints, is_typeddict, runtime_checkable)


@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


class Named(Protocol):
    name: str


@runtime_checkable
class Resource(Closable, Protocol):
    def open(self):
        ...


class File:
    def close(self):
        return "closed"


class Socket(File):
    def open(self):
        return "opened"


class Explicit(Closable):
    pass


print(isinstance(File(), Closable), isinstance(3, Closable), isinstance(Socket(), Resource), isinstance(File(), Resource))
print(isinstance(Explicit(), Closable), Explicit().close(), isinstance(Explicit(), Explicit))
try:
    isinstance(File(), Named)
except TypeError as e:
    print("TypeError", e)
for make in [Closable, Named]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError", e)
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(-1.5, SupportsAbs))
print(Closable._is_protocol, Explicit._is_protocol, Resource.__mro__[1].__name__)


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Rated(Movie, total=False):
    stars: int
    critic: Required[str]


class Tagged(Rated):
    tags: Annotated[Required[list], "meta"]


r = Rated(title="Alien", critic="x")
print(r, type(r).__name__, is_typeddict(Rated), is_typeddict(dict), is_typeddict(r))
for td in [Movie, Rated, Tagged]:
    print(td.__name__, sorted(td.__required_keys__), sorted(td.__optional_keys__), td.__total__, list(td.__annotations__))
print(get_type_hints(Movie), get_type_hints(Tagged)["tags"])
print(get_type_hints(Tagged, include_extras=True)["tags"], get_type_hints(Rated, include_extras=True)["critic"])
Point = TypedDict("Point", {"x": int, "y": int}, total=False)
print(Point(x=1), sorted(Point.__optional_keys__), Point.__total__, Point.__name__)
try:
    class Bad(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    TypedDict("Both", {"a": int}, b=str)
except TypeError as e:
    print("TypeError", e)


class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self):
        return self._replace(level=self.level + 1)

    @property
    def badge(self):
        return f"{self.name}/{self.dept}"


e = Employee("ann")
print(e, e.promote(), e.badge, Employee.__doc__, Employee._field_defaults, Employee.__annotations__)
print(Employee("bo", level=3), Employee._fields, e == ("ann", "eng", 1), Employee.__name__)
Pair = NamedTuple("Pair", [("left", int), ("right", str)])
print(Pair(1, "a"), Pair._fields, Pair.__annotations__, Pair(left=2, right="b")._asdict())
try:
    class Clash(NamedTuple):
        x: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError", e)
try:
    class Twice(NamedTuple):
        a: int = 1
        b: int = 2
        c: int
except TypeError as e:
    print("TypeError", e)
try:
    class Mixed(NamedTuple, dict):
        x: int
except TypeError as e:
    print("TypeError", e)
try:
    NamedTuple("N", [("a", int)], b=int)
except TypeError as e:
    print("TypeError", e)
