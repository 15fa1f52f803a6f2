# Wrapping exceptions: raise ... from, implicit context, from None, and inspecting the chain.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"bad config key {key!r}: {reason}")
        self.key = key


def load(cfg, key):
    try:
        return int(cfg[key])
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    except ValueError as e:
        raise ConfigError(key, "not an int") from None


def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(out)


for cfg in ({}, {"port": "x"}, {"port": "80"}):
    try:
        print("loaded", load(cfg, "port"))
    except AppError as e:
        print(chain(e), "| key:", e.key, "| cause:", type(e.__cause__).__name__, "| suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(chain(e), repr(e.__context__), e.__cause__)

try:
    try:
        raise TypeError("first")
    finally:
        try:
            raise OSError("in finally")
        except OSError as inner:
            print("inner context:", repr(inner.__context__))
except TypeError as e:
    print("outer still", repr(e), e.__context__)


def rethrow():
    try:
        raise KeyError("orig")
    except KeyError as e:
        e.add_note("extra detail")
        raise


try:
    rethrow()
except KeyError as e:
    print(repr(e), e.__notes__)

e = RuntimeError("manual")
e.__cause__ = ValueError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise RuntimeError("x") from 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise 42
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)


class Boom(Exception):
    def __init__(self):
        raise RuntimeError("cannot build")


try:
    raise Boom
except RuntimeError as err:
    print(type(err).__name__, err)


def cleanup_masks():
    try:
        raise ValueError("original")
    finally:
        return "finally return swallows"


print(cleanup_masks())
try:
    try:
        raise ValueError("a")
    except ValueError as e1:
        try:
            raise TypeError("b")
        except TypeError as e2:
            raise KeyError("c") from e1
except KeyError as e3:
    print(chain(e3), "| context:", repr(e3.__context__))
