def g():
    raise ValueError("v")

def f():
    try:
        g()
    except ValueError as e:
        print("caught")
        raise e

def k():
    try:
        f()
    finally:
        print("fin")
        x = undefined_name

k()
