import typing
from typing import (Annotated, Any, ClassVar, Final, Literal, Optional, Union, final, get_args, get_origin,
                    get_type_hints, no_type_check, overload, assert_never, assert_type, reveal_type, Never,
                    NoReturn, Self, LiteralString)

A = Annotated[int, "meta", 3]
print(A, get_origin(A) is Annotated, get_args(A), A.__metadata__, A.__origin__)
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
for bad in [lambda: Annotated[int], lambda: Annotated(), lambda: Literal(), lambda: Final[int, str],
            lambda: ClassVar[int, str], lambda: Optional[int, str],]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(2), double("ab"))


@overload
def only_overload(x: int) -> int: ...


try:
    only_overload(1)
except Exception as e:
    print(type(e).__name__, e)


@final
class Leaf:
    @final
    def done(self):
        return "done"


class NotReallyLeaf(Leaf):
    pass


print(NotReallyLeaf().done(), getattr(Leaf, "__final__", None), getattr(Leaf.done, "__final__", None))


class Config:
    name: str
    limit: int
    tags: ClassVar[list]
    mode: Literal["r", "w"] = "r"

    def method(self, a: int, b: Optional[str] = None) -> bool:
        return True


print(get_type_hints(Config))
print(get_type_hints(Config.method))
print(get_type_hints(Annotated), get_type_hints(len) if False else "skip builtin")


def annotated(x: Annotated[int, "positive"]) -> None:
    pass


print(get_type_hints(annotated), get_type_hints(annotated, include_extras=True))


@no_type_check
def untyped(x: "whatever") -> "nothing":
    return x


print(untyped(5), getattr(untyped, "__no_type_check__", None))

print(assert_type(3, int))
try:
    assert_never(5)
except Exception as e:
    print(type(e).__name__, e)
print(Never, NoReturn, Self, LiteralString)
for bad in [lambda: Never(), lambda: Self[int], lambda: isinstance(1, Literal[1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(Literal[1, 2, 1], Literal[1, True, 1.0, 1], Literal[1, 2] == Literal[2, 1], Literal[True] == Literal[1], get_args(Literal[Literal[1], 2]))
print(Union[Literal[1], None], Optional[Annotated[int, 0]])
