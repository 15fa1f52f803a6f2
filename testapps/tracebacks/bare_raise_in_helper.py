def helper():
    raise

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        helper()

try:
    f()
except ZeroDivisionError as e:
    print("ok", e)
f()
