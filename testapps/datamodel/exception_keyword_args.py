# Exceptions and keyword arguments: only ImportError, AttributeError and NameError (and their
# subclasses) take keywords; any other class reaching BaseException.__init__ with one is refused.
class Plain(Exception):
    pass


class WithNew(Exception):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args)


class PassesUp(Exception):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)


class OwnInit(Exception):
    def __init__(self, **kwargs):
        super().__init__(len(kwargs))
        self.kwargs = kwargs


class MyImportError(ImportError):
    pass


attempts = [
    ("Plain(x=1)", lambda: Plain(x=1)),
    ("Plain(1, x=1)", lambda: Plain(1, x=1)),
    ("WithNew(q=1)", lambda: WithNew(q=1)),
    ("PassesUp(a=1)", lambda: PassesUp(a=1)),
    ("OwnInit(a=1, b=2)", lambda: OwnInit(a=1, b=2)),
    ("Exception(x=1)", lambda: Exception(x=1)),
    ("ValueError(1, y=2)", lambda: ValueError(1, y=2)),
    ("MyImportError('m', name='pkg')", lambda: MyImportError("m", name="pkg")),
    ("MyImportError(bad=1)", lambda: MyImportError(bad=1)),
    ("AttributeError('a', name='n', obj=3)", lambda: AttributeError("a", name="n", obj=3)),
    ("NameError(name='x')", lambda: NameError(name="x")),
]
for text, make in attempts:
    try:
        e = make()
        print(text, "->", type(e).__name__, e.args, getattr(e, "name", "-"), getattr(e, "kwargs", "-"))
    except TypeError as err:
        print(text, "raises", type(err).__name__, err)

try:
    raise Plain("caught", 2)
except Plain as e:
    print(e.args)
