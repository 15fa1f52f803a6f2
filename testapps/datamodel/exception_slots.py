# Exception classes with __slots__: the members live beside the exception's own attributes
# (which still have a __dict__), and read, delete and error as CPython's members do.
class Slotted(Exception):
    __slots__ = ("kind", "code")

    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind


e = Slotted("x")
print(e.kind, e.args, e.__dict__, Slotted.kind)
try:
    print(e.code)
except AttributeError as ex:
    print("AttributeError", ex)
e.code = 7
e.other = 1
print(e.code, e.other, e.__dict__)
del e.code
try:
    del e.code
except AttributeError as ex:
    print("AttributeError", ex)
print(hasattr(e, "code"), Slotted.kind.__get__(e), repr(e), str(e))


class More(Slotted):
    __slots__ = ("extra",)


m = More("y")
m.extra = [1]
print(m.kind, m.extra, isinstance(m, Slotted))
try:
    raise m
except Slotted as caught:
    print("caught", caught.kind, caught.extra, caught.args)
try:
    Slotted.kind.__set__(ValueError(), 1)
except TypeError as ex:
    print("TypeError", ex)
