"""collections.abc: the mixin methods a subclass gets by defining the abstract ones."""
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterator, Generator, KeysView, ItemsView, ValuesView, Hashable)


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f.get('a'), f.get('z'), f.get('z', 0), 'a' in f, 'z' in f, len(f))
print(list(f.keys()), list(f.items()), list(f.values()))
print(type(f.keys()).__name__, type(f.items()).__name__, isinstance(f.values(), ValuesView))
print(f == {'a': 1, 'b': 2}, f == Frozen(a=1), f != {'a': 1, 'b': 2}, f == [1])
print(f.keys() & {'a', 'x'}, f.keys() | {'c'} == {'a', 'b', 'c'}, f.keys() - {'a'}, ('a', 1) in f.items())
print(2 in f.values(), 3 in f.values(), f.keys() == {'a', 'b'}, f.keys() < {'a', 'b', 'c'})
print(f.items() ^ {('a', 1), ('c', 3)} == {('b', 2), ('c', 3)}, f.keys().isdisjoint({'q'}))
try:
    reversed(f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(f)
except TypeError as e:
    print(type(e).__name__, e)


class Store(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __setitem__(self, key, value):
        self._d[key.lower()] = value

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"Store({self._d})"


s = Store({'A': 1}, B=2)
s.update([('C', 3)])
s.update(Frozen(d=4))
print(s, s.setdefault('E', 5), s.setdefault('a', 99), s.pop('B'), s.pop('zz', 'none'))
print(s.popitem(), s)
try:
    s.pop('missing')
except KeyError as e:
    print(type(e).__name__, e)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError as e:
    print(type(e).__name__, repr(e))


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


sp = Span(5)
print(list(sp), list(reversed(sp)), 20 in sp, 25 in sp, sp.index(30), sp.count(10), sp[1:3])
print(sp.index(40, -2), sp.index(0, 0, 1))
for args in ((99,), (10, 2), (40, 0, 4)):
    try:
        sp.index(*args)
    except ValueError as e:
        print(type(e).__name__, repr(e))


class Vec(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f"Vec({self._items})"


v = Vec([3, 1])
v.append(4)
v.extend([1, 5])
v += (9,)
print(v, v.pop(), v.pop(0), v)
v.remove(1)
v.reverse()
print(v, v.index(4), v.count(1))
v.extend(v)
print(v)
try:
    v.remove(42)
except ValueError as e:
    print(type(e).__name__, repr(e))
v.clear()
print(v, len(v))


class Bag(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Bag({self._items})"


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, a ^ b, b - [4], [1, 9] - a if False else a.isdisjoint([7]))
print(a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]), a > Bag([1]), a >= b, a == {1, 2, 3})
print({3, 4} - a, [1, 5] | a, {9} ^ b)
print(Bag.__hash__, Bag._from_iterable([5]))


class HashBag(Bag, Hashable):
    def __hash__(self):
        return len(self)


print(hash(HashBag([1, 2])), isinstance(HashBag(), Hashable))


class Flags(MutableSet):
    def __init__(self, items=()):
        self._s = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def add(self, x):
        if x not in self._s:
            self._s.append(x)

    def discard(self, x):
        if x in self._s:
            self._s.remove(x)

    def __repr__(self):
        return f"Flags({self._s})"


fl = Flags('abc')
fl |= 'de'
fl -= 'a'
fl &= 'bcdx'
fl ^= 'cz'
print(fl, fl.pop(), fl)
fl.remove('d')
try:
    fl.remove('nope')
except KeyError as e:
    print(type(e).__name__, e)
fl.clear()
print(fl)
try:
    fl.pop()
except KeyError as e:
    print(type(e).__name__, repr(e))


class Count(Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


c = Count()
print(iter(c) is c, list(c))


class Echo(Generator):
    def __init__(self):
        self.last = None

    def send(self, value):
        if value == 'stop':
            raise StopIteration
        self.last = value
        return f"got {value}"

    def throw(self, typ, val=None, tb=None):
        super().throw(typ, val, tb)


e = Echo()
print(next(e), e.send(5), e.close(), e.last)
try:
    e.throw(ValueError, ValueError("boom"))
except ValueError as err:
    print(type(err).__name__, err)
try:
    Echo().throw(KeyError)
except KeyError as err:
    print(type(err).__name__, repr(err))
