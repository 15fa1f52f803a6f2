# close() and throw() on generators suspended inside try statements.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")

g = with_finally()
print(next(g))
g.close()
print("closed")
g.close()
print(list(g))

# close() raises GeneratorExit at the yield; catching it and returning is fine.
def catches_exit():
    try:
        yield "a"
    except GeneratorExit:
        print("  got GeneratorExit")
        return
g = catches_exit()
next(g)
g.close()
print("closed quietly")

# Yielding after GeneratorExit is a RuntimeError.
def ignores_exit():
    try:
        yield "first"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield "after"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# It stays suspended at the second yield.
print(list(g))

# A finally that yields while closing is the same RuntimeError.
def yields_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# Resumed, its finally goes on and re-raises the GeneratorExit.
try:
    next(g)
except GeneratorExit as e:
    print("GeneratorExit again", repr(e))

# Another exception raised while closing propagates out of close().
def fails_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")
g = fails_on_close()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

# close() before starting and after finishing does nothing.
g = with_finally()
g.close()
print(list(g))

# throw() into a try/finally runs the finally, then the exception leaves.
g = with_finally()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)

# throw() handled, the generator goes on and yields the next value.
def resilient():
    n = 0
    while n < 3:
        try:
            yield n
        except Exception as e:
            print("  handled", repr(e))
        n += 1
    return "done"
g = resilient()
print(next(g))
print(g.throw(ValueError("x")))
print(g.throw(TypeError, "y"))
try:
    g.throw(RuntimeError("z"))
except StopIteration as e:
    print("StopIteration", e.value)

# throw() with an exception caught by a clause that re-raises a different one.
def converter():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
g = converter()
next(g)
try:
    g.throw(ValueError("orig"))
except TypeError as e:
    print(e, "caused by", repr(e.__cause__))

# close() runs nested finally blocks innermost first.
def nested():
    try:
        try:
            yield 1
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
g = nested()
next(g)
g.close()

# A return in a finally swallows GeneratorExit.
def return_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"
g = return_in_finally()
next(g)
print(g.close())

# Exhausting the generator runs its finally blocks.
print(list(nested()))
