def get(name):
    try:
        raise KeyError(name)
    finally:
        print("looked up", name)

get("missing")
