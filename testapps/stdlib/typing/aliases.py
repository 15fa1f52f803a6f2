from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, List, Literal, Optional,
                    Set, Tuple, Type, Union, Iterable, Sequence, Mapping, TYPE_CHECKING, cast,
                    get_args, get_origin)
import typing

print(TYPE_CHECKING)
if TYPE_CHECKING:
    import does_not_exist  # never imported at run time

print(Any, List, Dict, Optional, Union, Callable, Iterable)
print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[str], Tuple[int, str], Tuple[int, ...])
print(Optional[int], Union[int, None], Union[None, str], Union[int, str], Union[int, str, None])
print(Union[int], Union[int, Union[str, float]], Union[int, int, str])
print(Callable[[int, str], bool], Callable[..., None], Type[int], Sequence[float], Mapping[str, Any])
print(Literal["a", "b"], Literal[1], ClassVar[int], Final[str])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[str]))
print(get_args(Callable[[int], str]), get_origin(Literal[1]) is Literal, get_args(int), get_origin(int))
print(cast(int, "not an int"), cast("List[int]", [1]))
x: List[int] = [1, 2]
print(x)


def f(a: Optional[int] = None, *names: str, **opts: Dict[str, Any]) -> List[str]:
    return [str(a)]


print(f.__annotations__)
print(f(3))
for bad in [lambda: Union[()], lambda: List(), lambda: Any(), lambda: Callable[int], lambda: Dict[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError", e)
print(typing.Text is str, typing.AnyStr)
