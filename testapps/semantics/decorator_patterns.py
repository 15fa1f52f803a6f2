# Decorators: evaluation order, arguments, class-based decorators, methods, and stacking.
def trace(label):
    print("making", label)

    def deco(fn):
        print("decorating", fn.__name__, "with", label)

        def wrapper(*args, **kwargs):
            print(f"[{label}] call {fn.__name__}{args}")
            return fn(*args, **kwargs)

        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper

    return deco


@trace("outer")
@trace("inner")
def add(a, b):
    return a + b


print(add(1, 2), add.__name__, add.__wrapped__.__name__)


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, type(square).__name__)


def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco


handlers = {}


@register(handlers)
def on_start():
    return "started"


@register(handlers)
def on_stop():
    return "stopped"


print(sorted(handlers), handlers["on_start"]())


def method_logger(fn):
    def wrapper(self, *args):
        result = fn(self, *args)
        print(f"{type(self).__name__}.{fn.__name__}{args} -> {result}")
        return result
    return wrapper


class Calculator:
    def __init__(self, base):
        self.base = base

    @method_logger
    def plus(self, n):
        return self.base + n

    @staticmethod
    @trace("static")
    def helper(x):
        return -x

    @classmethod
    def create(cls):
        return cls(100)

    @property
    @method_logger
    def doubled(self):
        return self.base * 2


c = Calculator.create()
print(c.plus(5), Calculator.helper(3), c.doubled)


def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("bob"))


def add_attr(**attrs):
    def deco(obj):
        for k, v in attrs.items():
            setattr(obj, k, v)
        return obj
    return deco


@add_attr(version=2, author="me")
class Tool:
    pass


print(Tool.version, Tool.author)


def deco_returning_other(fn):
    return 42


@deco_returning_other
def gone():
    pass


print(gone)
funcs = [trace("list")]


@funcs[0]
def indexed():
    return "indexed"


print(indexed())
