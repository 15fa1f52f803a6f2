# X | Y between classes, None and generic aliases: types.UnionType, as annotations evaluate it.
import dataclasses
import types
import typing
from typing import List, Optional, TypeVar, Union, get_args, get_origin


def describe(x: int | None = None) -> str | None:
    return None if x is None else str(x)


print(describe(3), describe())
print(describe.__annotations__)

u = int | str
print(u, repr(u), type(u).__name__, type(u) is types.UnionType, types.UnionType.__module__)
print(u.__args__, (int | str | None).__args__, None | int, types.NoneType | int)
print(int | str | int, (int | int) is int, list[int] | list[int], list[int] | list[str])
print((int | str) == (str | int), hash(int | str) == hash(str | int), {int | str: 1}[str | int])
print((int | str).__or__(None), (int | str).__ror__(None), type.__or__(int, str), type.__ror__(int, str))
print(type.__or__(int, 3), bool(int | str))


class Meta(type):
    pass


class Plain(metaclass=Meta):
    pass


class Ored(type):
    def __or__(cls, other):
        return "Ored.__or__"


class Custom(metaclass=Ored):
    pass


print(Plain | None, Custom | None, None | Plain)

for bad in (lambda: int | 3, lambda: int | "str", lambda: 3 | int, lambda: None | None):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# isinstance/issubclass take a union as they take a tuple of its members.
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(isinstance("x", (int | float, str)), issubclass(bool, int | None), issubclass(int, (str, int | None)))
print(isinstance(3, int | list[int]))
for check in (lambda: isinstance("s", int | list[int]), lambda: isinstance([], list[int]),
              lambda: issubclass(list, list[int] | None), lambda: issubclass(3, int | str)):
    try:
        check()
    except TypeError as e:
        print("TypeError", e)
try:
    types.UnionType()
except TypeError as e:
    print("TypeError", e)

# typing's forms meet UnionType.
T = TypeVar("T")
S = TypeVar("S")
print(Union[int, str] == (int | str), (int | str) == Union[int, str], Optional[int] == (int | None))
print(get_origin(int | None), get_args(int | None), get_args(int | list[str]))
print(int | Union[str, bytes], Union[str, bytes] | int, List[int] | None, int | T)
print(Union[int | None, str], Optional[int | str])

# Type variables: __parameters__ and substitution.
print((list[T] | dict[S, T]).__parameters__, (int | str).__parameters__, list[T].__parameters__)
print((list[T] | dict[S, T])[int, str], (list[T] | int)[None], list[T][int], dict[str, list[T]][bytes])
print((T | None)[int], (T | int)[int])
for sub in (lambda: (list[T] | None)[int, str], lambda: (list[T] | None)[()],
            lambda: (int | str)[int], lambda: list[int][str]):
    try:
        sub()
    except TypeError as e:
        print("TypeError", e)


@dataclasses.dataclass
class Record:
    name: str | None = None
    tags: list[str] | None = None
    score: int | float = 0


print(Record(), Record("a", ["x"], 1.5), Record.__annotations__)
print(typing.get_type_hints(Record))
