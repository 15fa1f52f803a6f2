import atexit


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


def first():
    print("registered first, runs last")


atexit.register(first)
atexit.register(goodbye, "world")
atexit.register(goodbye, "keywords", punctuation="?")
print(atexit.register(first) is first)
print("main done")
