import sys

def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return 1 / 0
        return x
    except ValueError as e:
        print("caught", type(e).__name__, e)
        return -1
    except (ZeroDivisionError, TypeError) as e:
        print("caught2", type(e).__name__, e, e.args)
        return -2
    else:
        print("else")
    finally:
        print("finally", x)

print(f(0), f(1), f(2))

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())

def h():
    try:
        return "try"
    finally:
        return "finally"
print(h())

def swallow():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"
print(swallow())

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise TypeError("outer") from v
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)

try:
    raise IndexError
except LookupError as e:
    print("lookup", repr(e), sys.exc_info()[0], sys.exc_info()[1] is e)
print(sys.exc_info())

try:
    e = 5
    try:
        raise ValueError(1, 2)
    except ValueError as e:
        print(e)
    print(e)
except NameError as n:
    print("NameError", n)

def reraiser():
    try:
        pass
        raise RuntimeError("x")
    except RuntimeError:
        print("reraising")
        raise

try:
    reraiser()
except RuntimeError as e:
    print("got", e, e.__traceback__ is not None)

try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)

try:
    raise
except RuntimeError as e:
    print(e)

try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)

while True:
    try:
        break
    finally:
        print("break fin")

try:
    pass
except:
    print("no")
else:
    print("else ran")
finally:
    print("fin ran")

try:
    x = int("abc")
except Exception as e:
    print(type(e).__name__, e)
