"""collections.abc reached the usual ways, and a typical MutableMapping subclass."""
import collections.abc
from collections import abc
from collections.abc import MutableMapping, Iterable

print(abc is collections.abc, collections.abc.Mapping is abc.Mapping, abc.__name__)
print(issubclass(collections.OrderedDict, abc.MutableMapping), isinstance(collections.Counter(), abc.Mapping))
print(isinstance(collections.deque(), abc.MutableSequence), isinstance(collections.defaultdict(), abc.Hashable))


class LowerDict(MutableMapping):
    """Keys compared case-insensitively: the recipe CLI tools use for headers and options."""

    def __init__(self, data=(), **kw):
        self._store = {}
        self.update(data, **kw)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"


h = LowerDict({"Content-Type": "text/plain"}, Accept="*/*")
h["content-type"] = "application/json"
print(h, h["CONTENT-TYPE"], "accept" in h, len(h), sorted(h))
print(h == {"Content-Type": "application/json", "Accept": "*/*"}, dict(h))
print(h.pop("ACCEPT"), h.get("accept", "gone"), list(h.keys()), list(h.values()))


def flatten(items):
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, {4})], "ab", range(5, 7), {"k": 1}.keys(), b"xy"])))
print(Iterable[str], abc.Callable.__name__, abc.Set.__module__)
