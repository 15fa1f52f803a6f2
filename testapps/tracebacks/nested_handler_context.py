def load(key):
    data = {"a": 1}
    return data[key]


def safe_load(key):
    try:
        return load(key)
    except KeyError:
        return fallback(key)


def fallback(key):
    return int(key)


print(safe_load("a"))
print(safe_load("b"))
