"""A plugin system: functools.singledispatch, lru_cache with cache_info, partial, reduce,
contextlib.ExitStack, inspect signatures, and itertools pipelines."""
import contextlib
import functools
import inspect
import itertools
import operator
from collections import OrderedDict

REGISTRY = OrderedDict()


def plugin(name=None, *, priority=0):
    def register(func):
        REGISTRY[name or func.__name__] = (priority, func)
        return func
    return register


@plugin(priority=2)
def upper(text: str, *, times: int = 1) -> str:
    """Upper-case the text."""
    return text.upper() * times


@plugin("rev", priority=1)
def reverse(text, /, sep=""):
    return sep.join(reversed(text))


@plugin()
def count(text, *chars, **options):
    return {c: text.count(c) for c in chars or "aeiou"} | options


@functools.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:+d}"


@render.register(float)
def _(value):
    return f"float:{value:.3f}"


@render.register(list)
@render.register(tuple)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register(dict)
def _(value):
    return "{" + ", ".join(f"{k}={render(v)}" for k, v in value.items()) + "}"


class Resource:
    log = []

    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError("cannot open " + self.name)
        Resource.log.append("open " + self.name)
        return self

    def __exit__(self, *exc):
        Resource.log.append(f"close {self.name} ({exc[0].__name__ if exc[0] else 'ok'})")
        return False


@functools.lru_cache(maxsize=4)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def slow_square(n):
    return n * n


def main():
    for name, (prio, func) in sorted(REGISTRY.items(), key=lambda kv: -kv[1][0]):
        sig = inspect.signature(func)
        print(name, prio, sig, [(p.name, str(p.kind), p.default is inspect.Parameter.empty) for p in sig.parameters.values()],
              sig.return_annotation, inspect.getdoc(func))
    print(REGISTRY["upper"][1]("ab", times=2), REGISTRY["rev"][1]("abc", "-"), REGISTRY["count"][1]("banana", "a", "n", x=1))
    bound = inspect.signature(upper).bind("hi", times=3)
    print(bound.arguments, bound.args, bound.kwargs)
    try:
        inspect.signature(reverse).bind(text="x")
    except TypeError as e:
        print("TypeError", e)
    print(render(5), render(2.5), render([1, (2.0, "s")]), render({"a": [1], "b": None}), render.dispatch(bool).__name__)
    print(sorted(k.__name__ for k in render.registry))
    with contextlib.ExitStack() as stack:
        rs = [stack.enter_context(Resource(n)) for n in "abc"]
        stack.callback(Resource.log.append, "callback ran")
        print([r.name for r in rs])
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(Resource("x"))
            stack.enter_context(Resource("y", fail=True))
    except RuntimeError as e:
        print("RuntimeError", e)
    with contextlib.ExitStack() as outer:
        outer.enter_context(Resource("kept"))
        moved = outer.pop_all()
    moved.close()
    print(Resource.log)
    with contextlib.suppress(KeyError, ValueError):
        {}["missing"]
    print([fib(n) for n in range(12)], fib.cache_info())
    fib.cache_clear()
    print(fib(3), fib.cache_info(), slow_square(4), slow_square(4), slow_square.cache_info())
    add3 = functools.partial(operator.add, 3)
    print(add3(4), add3.func is operator.add, add3.args, repr(functools.partial(max, key=len))[:30])
    print(functools.reduce(operator.mul, range(1, 8)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
    data = [("eu", 3), ("us", 5), ("eu", 1), ("ap", 2), ("us", 2), ("eu", 7)]
    by_region = {k: sum(v for _, v in g) for k, g in itertools.groupby(sorted(data), key=operator.itemgetter(0))}
    print(by_region, list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], initial=10)))
    print(list(itertools.pairwise("abcd")), list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
    print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
    print(list(itertools.combinations_with_replacement("ab", 2)), len(list(itertools.permutations(range(4), 2))), list(itertools.product([0, 1], repeat=2)))
    print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
    a, b = itertools.tee(iter([1, 2, 3]))
    print(next(a), list(b), list(a), list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.islice(itertools.count(5, -2), 3)), next(itertools.count(2.5, 0.5)))
    print(sorted(data, key=operator.itemgetter(1, 0)), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", "-")("a-b"))
    cmp = functools.cmp_to_key(lambda x, y: (len(x) > len(y)) - (len(x) < len(y)))
    print(sorted(["ccc", "a", "bb"], key=cmp), functools.total_ordering.__name__, inspect.isfunction(upper), callable(fib))
    print(functools.wraps(upper)(lambda *a: None).__name__, fib.__wrapped__.__name__, inspect.unwrap(fib).__name__)


main()
