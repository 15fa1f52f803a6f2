# A BaseExceptionGroup escaping from except*: the unhandled rest keeps its structure.
def work():
    try:
        raise BaseExceptionGroup("mixed", [ValueError(1), SystemExit(3), ExceptionGroup("sub", [TypeError(2)])])
    except* ValueError:
        print("value handled")

work()
