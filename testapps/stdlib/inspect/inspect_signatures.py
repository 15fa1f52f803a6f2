# inspect.signature and friends over functions, methods, classes, partials and wrappers.
import functools
import inspect


def plain(a, b=2, /, c=3, *args, d, e=4, **kw) -> int:
    """Add things.

        Indented more.
    Back.
    """
    x = a + b
    return x


def annotated(name: str, count: int = 1, *, flags: list[str] | None = None, tag: "Tag" = None) -> dict[str, int]:
    return {}


def simple(x, y):
    return x + y


async def coro(p, *, q=0):
    return p


def gen(n):
    yield n


class Tag:
    """A tag."""

    def __init__(self, label, *, weight=1.0):
        self.label = label

    def method(self, a, b=None):
        "Method doc."
        return a

    @classmethod
    def make(cls, label):
        return cls(label)

    @staticmethod
    def helper(z, /):
        return z

    def __call__(self, value, scale=1):
        return value * scale


class Child(Tag):
    def method(self, a, b=None):
        return a


class WithNew:
    def __new__(cls, alpha, beta=2):
        return super().__new__(cls)


class Empty:
    pass


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def wrapped(u, v=5):
    return u


def outer():
    def inner(k):
        return k
    return inner


for obj in (plain, annotated, simple, coro, gen, Tag, Tag.method, Tag("x").method, Tag.make, Tag.helper,
            Tag("t"), Child, WithNew, Empty, wrapped, outer(), lambda m, *n: m,
            functools.partial(simple, 1), functools.partial(plain, 1, c=9, d=0),
            functools.partial(annotated, count=3)):
    sig = inspect.signature(obj)
    print(repr(sig), sig.return_annotation is inspect.Signature.empty)
    for p in sig.parameters.values():
        print("   ", repr(p), p.kind, p.kind.description, p.default is p.empty, int(p.kind))

print(inspect.signature(wrapped, follow_wrapped=False))
print(list(inspect.signature(plain).parameters))
print(str(inspect.signature(annotated).parameters["flags"]))

# bind, bind_partial, apply_defaults, args/kwargs
sig = inspect.signature(plain)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
ba = sig.bind(1, d=0)
print(ba)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(sig.bind_partial(1))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {"c": 4, "d": 1}), ((1,), {"a": 2, "d": 3}),
                     ((1,), {"d": 1, "e": 2, "zz": 3})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as exc:
        print("TypeError:", exc)
s2 = inspect.signature(simple)
for args, kwargs in [((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"q": 2}), ((), {"y": 1})]:
    try:
        print(s2.bind(*args, **kwargs))
    except TypeError as exc:
        print("TypeError:", exc)

# Building signatures by hand
P = inspect.Parameter
made = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1),
                          P("rest", P.VAR_POSITIONAL), P("k", P.KEYWORD_ONLY, annotation=int)],
                         return_annotation=str)
print(made, made == made.replace(), hash(made) == hash(made.replace()))
print(made.replace(return_annotation=inspect.Signature.empty))
print(P("x", P.KEYWORD_ONLY, default=None).replace(name="y", kind=P.POSITIONAL_OR_KEYWORD))
for bad in [lambda: P("1x", P.POSITIONAL_ONLY), lambda: P("def", P.KEYWORD_ONLY),
            lambda: P("a", 7), lambda: P("a", P.VAR_KEYWORD, default=1), lambda: P(3, P.KEYWORD_ONLY),
            lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]),
            lambda: inspect.signature(42)]:
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)


def with_sig(*args):
    return args


with_sig.__signature__ = inspect.Signature([P("only", P.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(with_sig))
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(Tag.method))
tag = Tag("y")
print(inspect.getcallargs(simple, 1, y=2), inspect.getcallargs(tag.method, 5)["self"] is tag)

# code objects
for f in (plain, coro, gen, outer(), simple):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_varnames, c.co_nlocals, c.co_flags)
