# Function objects: __name__, __qualname__, __module__, __doc__, custom attributes, __annotations__, __dict__.
def plain(a: int, b: "str" = "x", *args: float, key: bool = False, **kw: dict) -> list:
    """Docstring here."""
    return [a, b]


print(plain.__name__, plain.__qualname__, plain.__module__, plain.__doc__)
print(plain.__annotations__)
print(plain.__defaults__, plain.__kwdefaults__)


class Outer:
    def method(self):
        def inner():
            pass
        return inner

    class Nested:
        def deep(self):
            pass


print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__, Outer.Nested.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
plain.custom = "attr"
plain.counter = 0
plain.counter += 1
print(plain.custom, plain.counter, sorted(plain.__dict__))
plain.__name__ = "renamed"
plain.__qualname__ = "Renamed.q"
print(plain.__name__, plain.__qualname__, repr(plain).startswith("<function Renamed.q at 0x"))
try:
    plain.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    plain.missing
except AttributeError as e:
    print(type(e).__name__, e)
del plain.custom
print(hasattr(plain, "custom"))


def no_doc():
    pass


def no_annotations(x):
    return x


print(no_doc.__doc__, no_annotations.__annotations__, no_doc.__defaults__, no_doc.__kwdefaults__)


def returns_only() -> None:
    pass


print(returns_only.__annotations__)
x: int = 5
y: "list[int]"
print(__annotations__)


class Annotated:
    a: int
    b: str = "default"
    c = 3


print(Annotated.__annotations__, Annotated.b, hasattr(Annotated, "a"))
print(callable(plain), callable(Annotated), callable(5), callable(Annotated()))
print(type(plain).__name__, type(Outer().method).__name__, type(len).__name__, type(Outer.method).__name__)
m = Outer().method
print(m.__func__ is Outer.method, m.__self__.__class__.__name__, m.__name__, m.__qualname__)
