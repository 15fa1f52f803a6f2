# A raise inside try/except whose clauses do not take it, then a handler that raises:
# the uncaught traceback shows both, chained, with the frames of each.
def inner(n):
    try:
        if n:
            raise KeyError(n)
    except ValueError:
        print("not this one")


def outer():
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            print("handling", e)
            inner(3)
    except IndexError:
        print("nor this one")


outer()
