# Exception subclasses with extra state: args, str, repr, attributes, super().__init__ forms.
class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found", code=404)
        self.what = what

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.code, e.what, isinstance(e, Exception))


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a)


class Multi(ValueError):
    pass


m = Multi("x", 1, [2])
print(m.args, str(m), repr(m), isinstance(m, ValueError))
print(str(Multi()), repr(Multi()), repr(Multi("one")))


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"


print(repr(WithRepr("a")), str(WithRepr("a")), [WithRepr()])
err = AppError("boom")
err.extra = [1]
print(vars(err), err.__dict__)


class KeyLike(KeyError):
    pass


print(str(KeyLike("k")), repr(KeyLike("k")), str(KeyError("k")))


class OSLike(OSError):
    pass


o = OSLike(2, "No such file")
print(o.errno, o.strerror, str(o), o.args)
try:
    try:
        raise AppError("inner", 5)
    except AppError as inner:
        raise NotFound("outer") from inner
except NotFound as outer:
    print(outer, "<-", outer.__cause__, outer.__cause__.code)
print(NotFound.__mro__)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__bases__)
