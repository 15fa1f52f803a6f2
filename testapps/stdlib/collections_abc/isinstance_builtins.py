"""collections.abc: structural checks and the builtin types registered as the docs' table says."""
import collections.abc
from collections.abc import (Container, Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Callable, Collection, Sequence, MutableSequence, ByteString, Set,
                             MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
                             ValuesView, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator)
from collections import deque, OrderedDict, defaultdict, Counter

ABCS = [Container, Hashable, Iterable, Iterator, Reversible, Generator, Sized, Callable, Collection,
        Sequence, MutableSequence, ByteString, Set, MutableSet, Mapping, MutableMapping, MappingView,
        KeysView, ItemsView, ValuesView, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
        AsyncGenerator]


def gen():
    yield 1


async def coro():
    return 1


c = coro()
samples = [
    ("int", 5), ("float", 1.5), ("bool", True), ("None", None), ("str", "abc"), ("bytes", b"ab"),
    ("bytearray", bytearray(b"x")), ("list", [1]), ("tuple", (1,)), ("dict", {1: 2}),
    ("set", {1}), ("frozenset", frozenset({1})), ("range", range(3)), ("memoryview", memoryview(b"a")),
    ("dict_keys", {}.keys()), ("dict_values", {}.values()), ("dict_items", {}.items()),
    ("list_iterator", iter([])), ("str_iterator", iter("")), ("dict_keyiterator", iter({})),
    ("range_iterator", iter(range(2))), ("reversed", reversed([1])), ("zip", zip()),
    ("map", map(str, [])), ("enumerate", enumerate([])), ("generator", gen()), ("coroutine", c),
    ("function", gen), ("builtin", len), ("type", int), ("lambda", lambda: 0), ("object", object()),
    ("deque", deque()), ("OrderedDict", OrderedDict()), ("defaultdict", defaultdict(int)),
    ("Counter", Counter()), ("slice", slice(1)), ("method", [].append),
]
for name, value in samples:
    hits = [abc.__name__ for abc in ABCS if isinstance(value, abc)]
    print(f"{name:16} {' '.join(hits)}")
c.close()

print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
print(issubclass(tuple, Hashable), issubclass(list, Hashable), issubclass(dict, Reversible))


class WithLen:
    def __len__(self):
        return 0


class Iter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class Calls:
    def __call__(self):
        pass


class AllThree(WithLen):
    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class Awaits:
    def __await__(self):
        yield


class AIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


for cls in (WithLen, Iter, NoHash, EqOnly, Calls, AllThree, Awaits, AIter):
    hits = [abc.__name__ for abc in ABCS if issubclass(cls, abc)]
    print(f"{cls.__name__:10} {' '.join(hits)}")

# the structural hook is only the one-trick ABC's: Sequence needs inheritance or register()
class LooksLikeSeq:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 1


print(isinstance(LooksLikeSeq(), Sequence), isinstance(LooksLikeSeq(), Sized))
Sequence.register(LooksLikeSeq)
print(isinstance(LooksLikeSeq(), Sequence), isinstance(LooksLikeSeq(), Iterable), isinstance(LooksLikeSeq(), Container))

print(Iterable.__module__, repr(Mapping), Sequence.__name__, Set.__qualname__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(MutableSet.__abstractmethods__), sorted(Generator.__abstractmethods__))
print(Hashable.__abstractmethods__, Callable.__abstractmethods__ == frozenset({'__call__'}))
print(Iterable[int], Mapping[str, int], MutableSequence[bytes].__origin__ is MutableSequence)
print(Mapping.__reversed__, Set.__hash__, Mapping.__hash__)
print(collections.abc.__name__, sorted(collections.abc.__all__) == sorted(a.__name__ for a in ABCS))
for abc in (Mapping, Sequence, Iterable, Set):
    try:
        abc()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(3, Iterable) and issubclass(3, Iterable)
except TypeError as e:
    print(type(e).__name__, e)
