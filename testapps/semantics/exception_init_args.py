# args of exception classes built in several ways: BaseException.__new__ sets them, __init__ may
# set them again (or narrow them), and a class that defines neither keeps the call's positionals.


class Plain(Exception):
    pass


class Narrow(Exception):
    def __init__(self, field, value):
        super().__init__(field)
        self.value = value


class Same(Exception):
    def __init__(self, msg):
        super().__init__(msg)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


class Aliased(Exception):
    __init__ = Exception.__init__


class Mixin:
    def __init__(self, *args):
        self.seen = args


class Mixed(Mixin, Exception):
    pass


class OwnNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self


class Errno(OSError):
    pass


for make in (
    lambda: Plain(),
    lambda: Plain("m"),
    lambda: Plain("a", 2, None),
    lambda: Narrow("f", 3),
    lambda: Same("s"),
    lambda: NoSuper(1, 2),
    lambda: Aliased("x", "y"),
    lambda: Mixed(1, 2),
    lambda: OwnNew("ignored"),
    lambda: Errno(2, "No such file", "f.txt"),
    lambda: KeyError("k"),
    lambda: ImportError("no module", name="mod", path="/p"),
):
    try:
        raise make()
    except Exception as e:
        extra = (e.name, e.path) if isinstance(e, ImportError) else sorted(vars(e))
        print(type(e).__name__, e.args, repr(e), str(e), extra)

# __init__ called again by hand replaces args with a new tuple each time.
e = Plain("one")
before = e.args
e.__init__("one")
print(e.args, e.args == before)
e.__init__("two", 3)
print(e.args)
Exception.__init__(e)
print(e.args)
s = Same("a")
s.__init__("b")
print(s.args)

# keywords still refused where CPython refuses them.
for cls in (Plain, Exception):
    try:
        cls("x", key=1)
    except TypeError as t:
        print("TypeError:", t)

# args assigned directly, then __init__.
p = Plain("x")
p.args = ("y", "z")
p.__init__("x")
print(p.args, str(p))


def raiser(n):
    if n:
        raise Plain("deep", n)
    return raiser(n + 1)


try:
    raiser(0)
except Plain as err:
    tb = err.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print(err.args, depth)
raise Plain("last", 1)
