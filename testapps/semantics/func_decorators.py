# Decorators: stacking order, arguments, wrappers that keep metadata by hand, decorating classes and methods.
trace = []


def log(tag):
    def deco(fn):
        trace.append(f"decorate {fn.__name__} with {tag}")

        def wrapper(*args, **kwargs):
            trace.append(f"{tag} before")
            result = fn(*args, **kwargs)
            trace.append(f"{tag} after")
            return result

        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper

    return deco


@log("outer")
@log("inner")
def add(a, b):
    """Adds."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__)
print("\n".join(trace))


def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)

    wrapper.calls = 0
    return wrapper


@counted
def square(x):
    return x * x


print(square(3), square(4), square.calls)


def register(registry):
    def deco(obj):
        registry[obj.__name__] = obj
        return obj

    return deco


reg = {}


@register(reg)
class Plugin:
    pass


@register(reg)
def helper():
    return "helped"


print(sorted(reg), reg["helper"](), reg["Plugin"] is Plugin)


def returns_none(fn):
    return None


@returns_none
def gone():
    pass


print(gone)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache), type(fib).__name__)


class Service:
    @staticmethod
    @counted
    def ping():
        return "pong"

    @classmethod
    def make(cls):
        return cls()

    @property
    @log("prop")
    def value(self):
        return 42


print(Service.ping(), Service.ping.calls, type(Service.make()).__name__, Service().value)
print(trace[-2:])
decorators = [log("a"), log("b")]


@decorators[0]
def indexed():
    return "idx"


print(indexed())


@(lambda f: lambda: f() * 2)
def doubled():
    return 21


print(doubled())
