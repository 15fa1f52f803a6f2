# A lone exception re-raised from except* escapes wrapped in an ExceptionGroup.
def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
f()
