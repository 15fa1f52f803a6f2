# ImportError.name/path, AttributeError.name/obj and NameError.name are members, not __dict__
# entries; int.from_bytes on a subclass returns the subclass; '0' in a format spec after an
# explicit alignment still pads with zeros.
err = ImportError("no module", name="pkg.mod", path="/tmp/mod.py")
print(err.name, err.path, err.msg, err.args, vars(err), repr(err))
err.name = "other"
err.extra = 1
print(err.name, vars(err))
print(vars(AttributeError("a", name="x", obj=3)), AttributeError("a", name="x", obj=3).obj)
print(vars(NameError("n", name="q")), NameError("n", name="q").name, NameError("n").name)
print(ModuleNotFoundError("m", name="m").name, vars(ModuleNotFoundError("m", name="m")))


class MyImportError(ImportError):
    def __init__(self, module):
        super().__init__(f"cannot load {module}", name=module)
        self.path = "/" + module
        self.tag = "mine"


e = MyImportError("x")
print(e.name, e.path, vars(e))
try:
    ImportError("x", bogus=1)
except TypeError as te:
    print("TypeError:", te)


class Id(int):
    def __repr__(self):
        return f"Id({int(self)})"


class Flagged(int):
    def __new__(cls, value):
        obj = super().__new__(cls, value)
        obj.flag = value > 255
        return obj


print(repr(Id.from_bytes(b"\x01\x00", "big")), type(Id.from_bytes(b"\x01", "little")).__name__)
f = Flagged.from_bytes(b"\x01\x00", byteorder="big")
print(f, f.flag, type(f).__name__, bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
print(type(int.from_bytes(b"\x05", "big")).__name__, Id.from_bytes(bytearray(b"\xff"), "big", signed=True))

for spec in (">06", "<06", "^06", "x>06", ">+06", "=06", "06", ">06,", ">010,", ",>010"):
    print(spec, repr(format(1234, spec)), repr(format(-12.5, spec)))
print(repr(format("ab", "<05")), repr(format("ab", ">05")), repr(format("ab", "^05")), repr(f"{7:>03}"))
