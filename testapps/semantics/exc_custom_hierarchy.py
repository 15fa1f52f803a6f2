# Custom exception hierarchies: catching by base class, extra attributes, __str__ overrides, args handling.
class AppError(Exception):
    """Base of the app's errors."""


class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"


class NetworkError(AppError):
    pass


class TimeoutError_(NetworkError):
    def __init__(self, seconds):
        self.seconds = seconds
        super().__init__(f"timed out after {seconds}s")


errors = [ConfigError("port"), ConfigError("host", "empty"), NetworkError("down"), TimeoutError_(5), AppError()]
for err in errors:
    try:
        raise err
    except NetworkError as e:
        print("network:", type(e).__name__, e, e.args)
    except AppError as e:
        print("app:", type(e).__name__, e, e.args, repr(e))
print(AppError.__doc__, issubclass(TimeoutError_, AppError), TimeoutError_.__mro__[1:3])
print([type(e).__name__ for e in errors if isinstance(e, NetworkError)])


class WithDefaultMessage(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)


print(str(WithDefaultMessage()), str(WithDefaultMessage("custom")), WithDefaultMessage().args)


class NoInitCall(Exception):
    def __init__(self, value):
        self.value = value


n = NoInitCall(42)
print(n.args, str(n), repr(n), n.value)


class Mixin:
    def describe(self):
        return f"{type(self).__name__}: {self}"


class Described(Mixin, ValueError):
    pass


try:
    int("zz")
except ValueError:
    try:
        raise Described("mixed in")
    except ValueError as e:
        print(e.describe(), isinstance(e, Mixin), repr(e.__context__))
try:
    raise ConfigError
except TypeError as e:
    print(type(e).__name__, e)
e = ConfigError("k")
e.args = ("replaced",)
print(e.args, str(e), BaseException("x").args, Exception().args, str(KeyError()), repr(ValueError()))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
