import atexit


def a():
    print("a runs")


def b():
    print("b never runs")


atexit.register(a)
atexit.register(b)
atexit.register(b)
atexit.unregister(b)
atexit.unregister(len)
for bad in [1, "text"]:
    try:
        atexit.register(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)
print("end of main")
