# except with tuples (including computed ones), exception attributes, and errors raised by builtins.
errors = (KeyError, IndexError)


def trigger(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("abc")
    if kind == "zero":
        return 1 // 0
    if kind == "attr":
        return None.foo
    if kind == "os":
        return open("/nonexistent/file.txt")
    if kind == "unicode":
        return b"\xff".decode("utf-8")
    return "ok"


for kind in ("key", "index", "type", "value", "zero", "attr", "os", "unicode", "none"):
    try:
        print(trigger(kind))
    except errors as e:
        print("lookup:", type(e).__name__, e, e.args)
    except (TypeError, ValueError) as e:
        print("type/value:", type(e).__name__, e)
    except (ArithmeticError, AttributeError) as e:
        print("arith/attr:", type(e).__name__, e)
    except OSError as e:
        print("os:", type(e).__name__, e.errno, e.strerror, e.filename)

try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)

try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)


def nested_tuple():
    try:
        raise LookupError("base")
    except ((KeyError,), LookupError) if False else (KeyError, LookupError) as e:
        return type(e).__name__


print(nested_tuple())
try:
    try:
        raise ValueError("x")
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("x")
    except (ValueError, 42):
        print("matched first element")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e, e.args)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), e.args)
try:
    raise StopIteration(7)
except StopIteration as e:
    print(e.value)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise OSError(2, "No such file", "x.txt")
except FileNotFoundError as e:
    print("mapped to", type(e).__name__, e)
e = ValueError("custom")
e.extra = 42
print(e.extra, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
try:
    pass
finally:
    pass
try:
    caught
except NameError as err:
    print(type(err).__name__, err)
