# Attributes of exception instances set in __init__ and read back, next to the exception's own
# fields (args, __cause__, __context__, __traceback__) and OSError's fields.
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.args = (code, detail)


class Chained(Exception):
    def __init__(self, cause):
        super().__init__("chained")
        self.__cause__ = cause
        self.note = "n"


class FileProblem(OSError):
    def __init__(self, name):
        super().__init__()
        self.filename = name
        self.extra = name.upper()


class Slotted(Exception):
    @property
    def code(self):
        return "property"


for i in range(3):
    e = AppError(i, "d%d" % i)
    e.code += 10
    print(e.code, e.detail, e.args, str(e), sorted(e.__dict__))

c = Chained(ValueError("root"))
print(repr(c.__cause__), c.__suppress_context__, c.note, sorted(c.__dict__))

f = FileProblem("data.txt")
print(f.filename, f.extra, f.errno, sorted(f.__dict__))

s = Slotted("x")
try:
    s.code = 1
except AttributeError as err:
    print("AttributeError", err)
print(s.code)

k = KeyError("k")
k.extra = 5
print(k.extra, k.__dict__)

try:
    AppError(1, 2).missing
except AttributeError as err:
    print("AttributeError", err)

try:
    raise AppError(7, "raised")
except AppError as err:
    err.seen = True
    print(err.code, err.detail, err.seen, err.__traceback__ is not None)
    del err.seen
    print(hasattr(err, "seen"))
