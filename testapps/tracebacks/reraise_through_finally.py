def g():
    raise ValueError("v")
def f():
    try:
        g()
    except ValueError as e:
        print("caught")
        raise
def k():
    try:
        f()
    finally:
        print("fin")
k()
