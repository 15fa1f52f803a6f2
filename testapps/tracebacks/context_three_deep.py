def first():
    raise ValueError("first")

def second():
    try:
        first()
    except ValueError:
        raise TypeError("second")

def third():
    try:
        second()
    except TypeError:
        raise RuntimeError("third")

third()
