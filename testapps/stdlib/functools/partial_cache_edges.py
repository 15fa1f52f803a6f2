# partial, reduce, lru_cache, cmp_to_key and total_ordering: reprs, flattening and error messages.
import functools
from functools import partial, reduce


def show(*args, **kwargs):
    return args, kwargs


p1 = partial(show, 1, a=1)
p2 = partial(p1, 2, b=2)
p3 = partial(p2, a=3)
print(p3.func is show, p3.args, p3.keywords, p3(4, c=5))
print(repr(partial(len)), repr(partial(max, 1, 2, key=len)), repr(partial(partial(min, 5), 6)))


class Tagged(partial):
    pass


t = Tagged(p1, 9)
kept = partial(show)
kept.label = "own attribute"
print(partial(kept, 1).func is kept, partial(Tagged(show, 1), 2).func is show)
print(type(t).__name__, t.func is p1, t.args, repr(t).split("(")[0], t())
t.note = "user attribute"
print(t.note)
for bad in [lambda: partial(), lambda: partial(None), lambda: setattr(p1, "func", len), lambda: setattr(p1, "args", ())]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
cyclic = partial(show)
cyclic.keywords["me"] = cyclic
print(repr(cyclic).split(">, ")[1])

for args in [(), (show,), (show, [1], 0, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError", e)
print(reduce(lambda acc, x: acc + [x * 2], range(4), []), reduce(pow, [2, 3, 2]), reduce(lambda a, b: a + b, "xyz"))


@functools.lru_cache(maxsize=3)
def cube(n):
    return n ** 3


for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    cube(n)
print(cube.cache_info(), repr(cube.cache_info()), cube.cache_info()._fields)


@functools.lru_cache(typed=False)
def same(x, y=0):
    return (x, y)


same(1), same(1.0), same(1, y=0), same(y=0, x=1), same(x=1, y=0)
print(same.cache_info())


class Counter:
    calls = 0

    @functools.lru_cache(maxsize=None)
    def triple(self, n):
        Counter.calls += 1
        return n * 3

    @functools.cache
    def ident(self, n):
        return n


c = Counter()
print(c.triple(2), c.triple(2), Counter().triple(2), Counter.calls, Counter.triple.cache_info().hits, c.ident(7))
direct = functools.lru_cache(lambda x: -x)
print(direct(3), direct(3), direct.cache_info(), direct.cache_parameters())
for bad in [lambda: functools.lru_cache("3"), lambda: functools.lru_cache(3.5), lambda: functools.lru_cache(len, typed=None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(key(1) < key(2), key(2) <= key(2), key(3) == key(3), key(3) != key(4), key(5) >= key(6), key(1).obj)
print(sorted(["b", "C", "a"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
try:
    key(1) < 2
except TypeError as e:
    print("TypeError", e)
print(type(key(1)).__name__)


@functools.total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        return self.kg == other.kg

    def __le__(self, other):
        if not isinstance(other, Weight):
            return NotImplemented
        return self.kg <= other.kg


w1, w2 = Weight(1), Weight(2)
print(w1 < w2, w1 > w2, w2 >= w1, w1 >= w1, w1 < w1, Weight.__gt__.__name__)
try:
    w1 > 5
except TypeError as e:
    print("TypeError", e)


@functools.total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v

    def __lt__(self, other):
        return "lt" if self.v < other.v else False


print(Both(1) < Both(2), Both(1) <= Both(2), Both(3) > Both(2), Both(2) >= Both(1))


def deco(func):
    @functools.wraps(func, assigned=("__name__",), updated=())
    def inner():
        return func()
    return inner


@deco
def documented():
    """doc"""
    return 1


print(documented.__name__, documented.__doc__, documented.__wrapped__ is not None, documented())
