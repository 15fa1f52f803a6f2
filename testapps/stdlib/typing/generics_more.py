# Type variables, substitution, Generic subclass chains, the collections.abc aliases, string
# annotations in get_type_hints and the messages of invalid subscriptions.
import typing
from typing import (Any, Callable, ClassVar, Concatenate, Dict, Final, Generic, Iterable, List, Literal,
                    Mapping, Optional, ParamSpec, Sequence, Tuple, Type, TypeVar, TypeVarTuple, Union, Unpack,
                    get_args, get_origin, get_type_hints)

T = TypeVar("T")
K = TypeVar("K", bound="Hashable")
V = TypeVar("V", str, bytes)
Contra = TypeVar("Contra", contravariant=True)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(T, K, V, Contra, K.__bound__, V.__constraints__, Contra.__contravariant__, T.__bound__)
print(P, P.args, P.kwargs, get_origin(P.args) is P, P.args == P.args, Ts, Unpack[Ts], Tuple[Unpack[Ts]])

print(Dict[str, T][int], List[Dict[K, V]][int, str], Optional[T][str], Union[T, List[T]][bytes])
print(Callable[P, T][[int, str], bool], Callable[Concatenate[int, P], T][[str], None], Callable[[T], T][float])
print(Callable[P, int][int, str], Callable[..., T][str], Concatenate[int, P])
print(Dict[str, T].__parameters__, Callable[P, T].__parameters__, List[int].__parameters__)
for bad in [lambda: List[T][int, str], lambda: Dict[str, int][int], lambda: Tuple[int, ...][str],
            lambda: Generic[()], lambda: Literal[1][2]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)


class Base(Generic[K, V]):
    limit = 10

    def pair(self, k: K, v: V) -> Tuple[K, V]:
        return (k, v)


class Middle(Base[str, V]):
    pass


class Leaf(Middle[bytes]):
    pass


class Multi(Base[K, V], Generic[V, K]):
    pass


print(Base.__parameters__, Middle.__parameters__, Leaf.__parameters__, Multi.__parameters__)
print(Middle.__orig_bases__, Leaf.__orig_bases__, Multi.__orig_bases__)
print(Middle[str], Multi[int, str], Base[int, str].limit, [c.__name__ for c in Leaf.__mro__])
b = Base[int, str]()
print(b.__orig_class__, type(b).__name__, b.pair(1, "x"), get_origin(Base[int, str]) is Base, get_args(Middle[bytes]))
for body in ["plain", "twice", "missing"]:
    try:
        if body == "plain":
            class Plain(Generic):
                pass
        elif body == "twice":
            class Twice(Generic[T], Generic[K]):
                pass
        else:
            class Missing(Base[T, V], Generic[T]):
                pass
    except TypeError as e:
        print("TypeError", e)


class Listish(List[int]):
    pass


print([c.__name__ for c in Listish.__mro__], Listish.__orig_bases__, Listish([1, 2]))

print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance({1}, Sequence))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance(iter([]), typing.Iterator), isinstance([], typing.Iterator))
print(isinstance({}.keys(), typing.KeysView), isinstance((1,), typing.Hashable), isinstance([], typing.Hashable), isinstance(b"x", typing.ByteString))
print(get_origin(Iterable[int]), get_origin(typing.AbstractSet[str]), get_origin(typing.ContextManager[int]), Iterable.__name__)
for abstract in [typing.Iterable, typing.Mapping, typing.Sized]:
    try:
        abstract()
    except TypeError as e:
        print("TypeError", e)
print(typing.Deque([1]), typing.DefaultDict(int), typing.Counter("aab"), typing.OrderedDict(a=1), Type[int], Type[Any])


class Special(Any):
    pass


print(Special, Special().__class__.__name__, [c for c in Special.__mro__][1])
for bad in [lambda: List[Union], lambda: List[ClassVar[int]], lambda: Optional[(int,)], lambda: ClassVar[Final[int]],
            lambda: typing.Concatenate[int], lambda: typing.NoReturn[int], lambda: typing.Sized[int], lambda: isinstance(1, Any),
            lambda: isinstance(1, Union), lambda: List[Generic], lambda: Callable[int, str][int], lambda: TypeVar("X", covariant=True, contravariant=True)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(List[Any], List[typing.Never], Union[int, "Later"], List["int"], typing.ForwardRef("x"), isinstance(1, Union[int, str]))


class Node:
    value: "int"
    children: "List[Node]"
    parent: "Optional[Node]" = None
    label: 'Literal["leaf", "inner"]'
    table: "Dict[str, typing.Tuple[int, ...]]"


def connect(a: "Node", b: "Optional[Node]" = None, *, weight: "float" = 1.0) -> "List[Node]":
    return [a]


print(get_type_hints(Node))
print(get_type_hints(connect))
print(get_type_hints(connect, localns={"Node": int}))


def broken(x: "Missing") -> None:
    pass


try:
    get_type_hints(broken)
except NameError as e:
    print("NameError", e)
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError", e)
print(get_type_hints(len), get_args(Literal["a", 1]), get_args(Callable[P, int]), get_args(Tuple[()]), get_args(Concatenate[int, P]))
print(get_origin(ClassVar[int]), get_origin(Optional[int]), get_origin(Callable), get_origin(Generic[T]), get_origin(List))
