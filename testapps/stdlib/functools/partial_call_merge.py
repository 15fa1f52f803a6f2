# partial's call: stored and call arguments merged (keyword overrides keep the stored order),
# nesting, more arguments than fit on the stack, methods, errors raised by the callee, lru_cache
# wrappers called with keywords or through a method, and what __call__ itself is.
from functools import partial, lru_cache


def show(*args, **kwargs):
    return args, kwargs


def three(a, b, c=0, *, d=None):
    return a, b, c, d


p = partial(show, 1, 2, x=1, y=2)
print(p(), p(3), p(y=9), p(z=0, x=5), p(3, 4, 5, 6, 7, 8, 9, w=1))
print(partial(partial(show, 1, k=1), 2, k=2)(3, k=3), partial(partial(show), 1)(), partial(show)(*range(10)))
print(partial(three, 1)(2), partial(three, b=2)(1), partial(three, 1, 2, 3, d=4)(), partial(three, d=1)(1, 2, d=5))
for bad in [lambda: partial(three, 1, 2, 3, 4)(), lambda: partial(three, 1)(b=2, a=1), lambda: partial(three)(1),
            lambda: partial(three, 1, 2)(e=1), lambda: partial(three, 1, 2)(*[1, 2]), lambda: partial.__call__()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class Box:
    grow = partial(show, "unbound")  # a partial is not a descriptor: no self

    def __init__(self):
        self.twice = partial(self.scale, 2)

    def scale(self, factor, value):
        return factor * value


b = Box()
print(b.grow(1), b.twice(21), partial(Box.scale, b, 3)(value=4))
print(partial.__call__(partial(show, 1), 2))


class Logged(partial):
    def __call__(self, *args, **kwargs):
        print("calling with", args, kwargs)
        return super().__call__(*args, **kwargs)


print(Logged(show, 0, k=1)(1, k=2))
counter = partial(next, iter([10, 20]))
print(counter(), counter(), counter("default"))


@lru_cache(maxsize=None)
def add(a, b=0, *rest):
    print("  computing", a, b, rest)
    return a + b + sum(rest)


print(add(1), add(1), add(1, 0), add(1, b=0), add(b=0, a=1), add(1, 2, 3, 4), add(1, 2, 3, 4), add.cache_info())


class Cached:
    @lru_cache(maxsize=2)
    def square(self, n):
        return n * n


c = Cached()
print(c.square(3), c.square(n=3), c.square(3), Cached.square.cache_info().hits)
for bad in [lambda: add(), lambda: add(1, c=2), lambda: add("a", 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
