# Custom exceptions with their own __init__/__str__/__reduce__-free attributes: args, str, repr and chaining.
class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


class Quiet(Exception):
    def __init__(self, msg):
        self.msg = msg


class Custom(Exception):
    def __str__(self):
        return f"Custom<{', '.join(map(str, self.args))}>"


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b


for exc in (AppError(404), AppError(500, "boom"), Quiet("shh"), Custom(1, 2), Custom(), NoSuper(1, 2)):
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
try:
    raise AppError(418, "teapot")
except AppError as e:
    print(e.code, e.detail, e)
try:
    raise Quiet("hidden")
except Exception as e:
    print(f"[{e}]", e.msg)
e = ValueError("a", 2, None)
print(str(e), repr(e), e.args)
e.args = ("replaced",)
print(str(e), repr(e))
e.args = []
print(repr(str(e)), repr(e), type(e.args).__name__)
print(repr(str(ValueError(ValueError("nested")))), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError(("a", 1))), str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, "msg")), str(OSError(2, "msg")), str(OSError(2, "msg", "f.txt")), OSError("just text").errno)
print(str(UnicodeError("u")), repr(StopIteration()), repr(SystemExit(0)), SystemExit().code, SystemExit(1, 2).code)


class Base(Exception):
    pass


class Mid(Base):
    pass


class Leaf(Mid, LookupError):
    pass


for cls in (Leaf, Mid):
    try:
        raise cls("x")
    except LookupError:
        print(cls.__name__, "caught as LookupError")
    except Base:
        print(cls.__name__, "caught as Base")
print([c.__name__ for c in Leaf.__mro__])
try:
    raise Leaf
except Leaf as err:
    print(repr(err), err.args)
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise object
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError from 5
except TypeError as err:
    print(type(err).__name__, err)


class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("cannot build")


try:
    raise BadInit
except RuntimeError as err:
    print(type(err).__name__, err)
