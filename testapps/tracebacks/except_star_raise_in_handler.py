# A handler raising a new exception: it is grouped with the unhandled rest, each with its own traceback.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        pass
f()
