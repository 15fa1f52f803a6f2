# Bare raise: the exception being handled, from the handler, from a helper, after nested handlers.
def helper():
    raise

try:
    try:
        raise ValueError("from helper")
    except ValueError:
        helper()
except ValueError as e:
    print("helper re-raised:", e)

try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
except KeyError as e:
    print("still the outer:", repr(e))

try:
    helper()
except RuntimeError as e:
    print("RuntimeError:", e)

def in_finally():
    try:
        raise ValueError("pending")
    finally:
        print("finally sees", repr(__import__("sys").exc_info()[1]) if False else "pending")

try:
    in_finally()
except ValueError as e:
    print("after finally:", e)

for i in range(3):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                raise
            print("handled", i)
    except ValueError as e:
        print("re-raised", e)
