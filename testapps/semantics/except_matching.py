# Which clause takes an exception: order, tuples, base classes, bare except, bad classes.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception:
        return "exception"
    except:
        return "bare"

for exc in [KeyError, IndexError("i"), LookupError(), ZeroDivisionError, OverflowError("o"), ValueError, KeyboardInterrupt, SystemExit(0)]:
    print(classify(exc))

# Classes in a variable, a nested tuple is not allowed, non-classes raise TypeError.
errors = (ValueError, TypeError)
try:
    int("x")
except errors as e:
    print("tuple var", type(e).__name__)

try:
    try:
        raise ValueError
    except (ValueError, (TypeError,)):
        print("nested tuple matched?")
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ValueError
    except "ValueError":
        print("no")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

try:
    try:
        raise ValueError("v")
    except int:
        print("no")
except TypeError as e:
    print("TypeError:", e)

# The clause's expression is evaluated only when reached.
def pick(name):
    print("evaluating", name)
    return ValueError if name == "v" else KeyError

try:
    raise KeyError("x")
except pick("v"):
    print("v clause")
except pick("k"):
    print("k clause")

# Unbound name in an except clause is only an error when the clause is reached.
try:
    raise ValueError("first clause wins")
except ValueError:
    print("ok")
except NotDefinedAnywhere:
    print("never")

try:
    try:
        raise KeyError
    except NotDefinedAnywhere:
        print("never")
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))

# raise with a class instantiates it; raise with a non-exception fails.
for bad in [5, "text", None, int]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
