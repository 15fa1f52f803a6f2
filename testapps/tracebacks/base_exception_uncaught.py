def f():
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught here")

f()
