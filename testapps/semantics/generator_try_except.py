# yield inside try/except/else/finally in generators.
def safe_divide(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError as e:
            yield f"error: {e}"
        else:
            print("  divided", a, b)
        finally:
            print("  finally for", a, b)

for v in safe_divide([(6, 3), (1, 0), (5, 2)]):
    print(v)

# An exception thrown in at a yield is handled by the enclosing except clause.
def catcher():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("caught", type(e).__name__, e)
            yield "recovered"
        except KeyError:
            print("key error, stopping")
            return "stopped"

g = catcher()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)

# An exception not matched by any clause leaves the generator.
def unmatched():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "no"
g = unmatched()
print(next(g))
try:
    g.throw(TypeError("wrong"))
except TypeError as e:
    print("propagated", e)
print(list(g))

# Nested try statements, each yielding.
def nested():
    try:
        try:
            yield "inner"
            raise ValueError("from inner")
        except KeyError:
            yield "not here"
        finally:
            yield "inner finally"
    except ValueError as e:
        yield f"outer caught {e}"
    yield "end"
print(list(nested()))

# sys.exc_info and the exception being handled across a yield.
import sys
def handling():
    try:
        raise RuntimeError("inside")
    except RuntimeError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]

g = handling()
print(repr(next(g)))
print("caller sees", sys.exc_info()[1])
try:
    raise KeyError("caller's")
except KeyError:
    print(repr(next(g)))
    print("caller still sees", repr(sys.exc_info()[1]))
print(repr(next(g)))

# Exceptions raised in a handler get the handled one as context.
def chained():
    try:
        yield 1
        raise ValueError("first")
    except ValueError:
        yield 2
        raise TypeError("second")
g = chained()
next(g); next(g)
try:
    next(g)
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)

# return inside try with except, and break/continue around yields.
def flow():
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            yield i
        except Exception:
            pass
        finally:
            print("  cleanup", i)
    try:
        yield "before return"
        return "returned"
    except Exception:
        yield "never"

g = flow()
for v in g:
    print(v)

def ret():
    try:
        yield 1
        return "value"
    finally:
        print("  finally on return")
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)

# A bare raise inside a handler that yielded.
def reraiser():
    try:
        raise IndexError("original")
    except IndexError:
        yield "handling"
        raise
g = reraiser()
print(next(g))
try:
    next(g)
except IndexError as e:
    print("re-raised", e)

# yield from inside try/except.
def inner():
    yield 1
    raise ValueError("inner failed")
def outer():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer handled {e}"
print(list(outer()))
