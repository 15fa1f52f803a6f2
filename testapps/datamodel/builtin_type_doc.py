# __doc__ of builtin types and their instances without a docstring of their own: CPython keeps a
# __doc__ (None) in every type's dict, so neither the type nor its instances fall back to object's.
class Slotted:
    __slots__ = ("x",)


class Plain:
    pass


class Documented(Plain):
    """Has its own."""


class Undocumented(Documented):
    pass


def gen():
    yield 1


iterators = [iter([]), iter(()), iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(""),
             iter(range(3)), reversed([]), gen()]
for it in iterators:
    print(type(it).__name__, type(it).__doc__, it.__doc__)
print(type(Slotted.x).__name__, Slotted.x.__doc__)
print(Plain.__doc__, Plain().__doc__)
print(Documented.__doc__, Documented().__doc__)
print(Undocumented.__doc__, Undocumented().__doc__)
print(object.__doc__.splitlines()[0])
print(object().__doc__.splitlines()[0])
print("__doc__" in Plain.__dict__, Plain.__dict__["__doc__"])
Plain.__doc__ = "set later"
print(Plain.__doc__, Plain().__doc__)
