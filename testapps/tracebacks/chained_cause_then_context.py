def inner():
    raise ValueError("bad value")

def middle():
    try:
        inner()
    except ValueError as e:
        raise KeyError("missing") from e

def outer():
    try:
        middle()
    except KeyError:
        x = 1 / 0

outer()
