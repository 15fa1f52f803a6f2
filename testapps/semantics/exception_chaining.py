# __context__, __cause__ and __suppress_context__ in every way they get set.
def show(e):
    print(type(e).__name__, repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError as v:
        raise TypeError("b") from v
except TypeError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    show(e)

try:
    raise TypeError("c") from KeyError
except TypeError as e:
    show(e)

# Re-raising the handled exception does not make it its own context.
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)

# A new exception inside finally gets the pending one as context.
try:
    try:
        raise KeyError("pending")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    show(e)

# Context is set in nested handlers to the innermost handled exception.
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError:
            raise IndexError(3)
except IndexError as e:
    show(e)
    show(e.__context__)

# Setting the attributes by hand.
e = ValueError("x")
e.__cause__ = KeyError("k")
show(e)
e.__suppress_context__ = False
show(e)
e.__context__ = IndexError()
show(e)
try:
    e.__cause__ = 5
except TypeError as t:
    print("TypeError:", t)

# A raise from a function called inside the handler still chains.
def fail():
    raise RuntimeError("inside helper")

try:
    try:
        raise ValueError("outer")
    except ValueError:
        fail()
except RuntimeError as e:
    show(e)

# Exceptions handled and finished leave no context behind.
try:
    raise ValueError("old")
except ValueError:
    pass
try:
    raise KeyError("new")
except KeyError as e:
    show(e)
