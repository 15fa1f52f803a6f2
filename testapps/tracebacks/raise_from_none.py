def lookup(key):
    try:
        raise KeyError(key)
    except KeyError:
        raise ValueError("no such key: " + key) from None

lookup("colour")
