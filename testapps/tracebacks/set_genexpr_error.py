# set() of a generator expression: an error in the expression has the <genexpr> frame, one from
# hashing an item (the builtin's own step) has not.
def unhashable(n):
    return set([x] if x == 2 else x for x in range(n))


try:
    unhashable(4)
except TypeError as e:
    import traceback
    traceback.print_exc()


def f(n):
    return set(10 // x for x in range(n, -1, -1))


f(3)
