def a():
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise
a()
