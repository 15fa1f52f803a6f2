# Bodies that take their bound arguments as one span: a dataclass's generated __init__ (any number
# of fields) and defs of more than twelve parameters. Up to twelve values are bound on the stack,
# more in an array; both must bind, default and fail exactly as CPython does. Also o.m(*a, **k)
# through a bound method, which binds from the dict without an array of names.
import dataclasses
from dataclasses import dataclass, field, InitVar


@dataclass
class Point7:
    a: int
    b: int
    c: int
    d: int = 4
    e: int = 5
    f: list = field(default_factory=list)
    g: str = "g"


@dataclass
class Wide:
    f0: int
    f1: int
    f2: int
    f3: int
    f4: int
    f5: int
    f6: int
    f7: int
    f8: int
    f9: int
    f10: int
    f11: int = 11
    f12: int = 12
    f13: int = 13


@dataclass(kw_only=True)
class Options:
    name: str
    level: int = 0
    tags: tuple = ()
    verbose: bool = False
    retries: int = 3
    timeout: float = 1.5
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.timeout *= scale


@dataclass(frozen=True)
class Frozen:
    a: int
    b: int
    c: int
    d: int
    e: int
    f: int
    g: int = 0


def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError", e)


print(Point7(1, 2, 3), Point7(1, 2, 3, 40, f=[1], g="x"))
p1, p2 = Point7(1, 2, 3), Point7(1, 2, 3)
p1.f.append(9)
print(p1.f, p2.f, p1 == p2)
print(Wide(*range(11)))
print(Wide(*range(14)))
print(Wide(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, f13=0, f12=1))
print(Options(name="x"), Options(name="y", scale=3, tags=(1,)))
print(Frozen(1, 2, 3, 4, 5, 6))
attempt(Point7, 1, 2)
attempt(Point7, 1, 2, 3, a=1)
attempt(Point7, 1, 2, 3, 4, 5, 6, 7, 8)
attempt(Point7, 1, 2, 3, h=1)
attempt(Wide, *range(10))
attempt(Wide, *range(15))
attempt(Wide, *range(11), f0=1)
attempt(Options)
attempt(Options, "x")
attempt(Options, name="x", color=1)
attempt(setattr, Frozen(1, 2, 3, 4, 5, 6), "a", 2)


def f14(a, b, c, d, e, f, g, h, i, j, k, l, m, n=14):
    return (a, b, c, d, e, f, g, h, i, j, k, l, m, n)


def f14_star(a, b, c, d, e, f, g, h, i, j, *rest, key=None, other=0, **kw):
    return (a, j, rest, key, other, sorted(kw.items()))


print(f14(*range(13)), f14(*range(14)))
print(f14(*range(12), m=0), f14(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, n=-1))
print(f14_star(*range(10)), f14_star(*range(12), key=1, z=2))
print(f14_star(*range(9), j=9, other=5))
attempt(f14, *range(12))
attempt(f14, *range(15))
attempt(f14, *range(13), a=1)
attempt(f14, *range(13), zz=1)
attempt(f14_star, *range(9))
attempt(f14_star, *range(10), a=1)


class Logger:
    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        return (level, msg, args, exc_info, extra, stack_info, stacklevel)

    def _log_at(self, level, msg, args, options):
        return self._log(level, msg, args, **options)

    def info(self, msg, *args, **kwargs):
        return self._log_at(20, msg, args, kwargs)


log = Logger()
print(log.info("m"), log.info("m %s", 1, extra={"a": 1}, stacklevel=2))
print(log.info("m", exc_info=True, stack_info=True, stacklevel=3, extra=None))
attempt(log.info, "m", level=1)
attempt(log.info, "m", bogus=1)
attempt(log.info, "m", self=1)
bound = log._log
options = {"extra": 1}
print(bound(10, "x", (), **options), bound(*(10, "x", ()), **options))
attempt(bound, 10, **{"msg": 1, "args": 2, "level": 3})
