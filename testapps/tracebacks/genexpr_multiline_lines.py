# A generator expression spread over lines reports the failing part at its own line.
def g():
    yield 1
    raise KeyError(1)
def traced():
    return list(
        x
        for x in g()
        if x)
traced()
