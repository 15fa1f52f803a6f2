# Attributes stored on and read from exception instances at the same sites again and again:
# one class, subclasses sharing a base __init__, other orders, a dict asked for, deletions,
# special names (args, __cause__), OSError's own fields, and classes changed after the sites ran.


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code)
        self.code = code
        self.detail = detail


class NetError(AppError):
    def __init__(self, code, detail, host):
        self.host = host
        super().__init__(code, detail)


class Plain(AppError):
    pass


def describe(e):
    return (type(e).__name__, e.code, e.detail, e.args, sorted(vars(e)))


def make(i):
    if i % 3 == 0:
        return AppError(i, "app")
    if i % 3 == 1:
        return NetError(i, "net", "h%d" % i)
    return Plain(i, "plain")


total = 0
for i in range(30):
    try:
        raise make(i)
    except AppError as e:
        total += e.code
        if i < 6:
            print(describe(e))
print("total", total)

# The order of assignment differs between instances: each keeps its own __dict__ order.
def fill(e, names):
    for n in names:
        setattr(e, n, n.upper())
    e.last = len(names)
    return list(vars(e))


print(fill(AppError(1, "x"), ["a", "b"]))
print(fill(AppError(2, "y"), ["b", "a"]))
print(fill(AppError(3, "z"), []))

# __dict__ asked for, then a store at the same site: the dict takes it.
def set_detail(e, v):
    e.detail = v
    return e.detail


e1 = AppError(1, "one")
print(set_detail(e1, "uno"))
d = e1.__dict__
print(set_detail(e1, "eins"), d)
e2 = AppError(2, "two")
print(set_detail(e2, "dos"), vars(e2))
del e2.detail
try:
    e2.detail
except AttributeError as err:
    print("AttributeError:", err)
print(set_detail(e2, "zwei"), vars(e2))

# Special names through a site: args, __cause__, __context__, __suppress_context__.
def set_special(e, name, value):
    setattr(e, name, value)
    return getattr(e, name)


def set_args(e, v):
    e.args = v
    return e.args


for k in range(3):
    e = AppError(k, "s")
    print(set_args(e, (k, "a")), e, vars(e))
    e.__cause__ = ValueError(k)
    print(repr(e.__cause__), e.__suppress_context__)

# OSError keeps errno/strerror/filename itself; other names go to its dict.
class FileProblem(OSError):
    def __init__(self, path):
        super().__init__(2, "missing", path)
        self.path = path
        self.tries = 0


for k in range(3):
    try:
        raise FileProblem("/p%d" % k)
    except OSError as e:
        e.tries += 1
        print(e.errno, e.strerror, e.filename, e.path, e.tries, sorted(vars(e)))

# A property put on the class after the sites have stored plain values.
def store_code(e, v):
    e.code = v
    return e.code


for k in range(3):
    print(store_code(AppError(0, "p"), k))


def code_get(self):
    return ("prop", self.__dict__.get("_code"))


def code_set(self, v):
    self.__dict__["_code"] = v * 10


AppError.code = property(code_get, code_set)
print(store_code(AppError(0, "p"), 5))
print(store_code(NetError(0, "p", "h"), 6))
del AppError.code
print(store_code(AppError(0, "p"), 7))

# __setattr__ defined on the class after the sites ran.
def loud_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Plain.__setattr__ = loud_setattr
print(describe(Plain(9, "late")))
del Plain.__setattr__
print(describe(Plain(10, "quiet")))

# A read site that first sees no such attribute, then one that has it.
def read_hint(e):
    try:
        return e.hint
    except AttributeError as err:
        return "no hint: %s" % err


a = AppError(1, "h")
print(read_hint(a))
a.hint = "here"
print(read_hint(a))
print(read_hint(AppError(2, "h")))
b = AppError(3, "h")
b.hint = "b"
print(read_hint(b), read_hint(a))

# Exceptions with 0 to 9 attributes (the first ones are kept in the exception itself, the rest apart).
class Many(Exception):
    def __init__(self, n):
        for k in range(n):
            setattr(self, "a%d" % k, k)


for n in (0, 1, 2, 3, 5, 9):
    e = Many(n)
    print(n, vars(e), [getattr(e, "a%d" % k) for k in range(n)])
    e.extra = "x"
    del e.extra
    print(vars(e))
