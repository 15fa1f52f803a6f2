# yield inside with statements in generators.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

def reader(names):
    for name in names:
        with Resource(name) as r:
            yield f"using {r.name}"
    yield "all done"

for v in reader(["a", "b"]):
    print(v)

# Closing while suspended inside a with calls __exit__ with GeneratorExit.
g = reader(["x", "y"])
print(next(g))
g.close()
print("closed")

# An exception thrown in at the yield reaches __exit__, which may suppress it.
def suppressing():
    with Resource("quiet", suppress=True):
        yield 1
        yield 2
    yield "after the with"

g = suppressing()
print(next(g))
print(g.throw(ValueError("swallowed")))
print(list(g))

g = reader(["loud"])
next(g)
try:
    g.throw(KeyError("escapes"))
except KeyError as e:
    print("KeyError", e)

# Several context managers in one with statement, and nesting with try.
def several():
    with Resource("one"), Resource("two") as two:
        try:
            yield two.name
            raise RuntimeError("inside")
        except RuntimeError as e:
            yield f"caught {e}"
        yield "last in with"
print(list(several()))

# return from inside a with, and a with inside a loop with break.
def early():
    for i in range(5):
        with Resource(f"r{i}"):
            if i == 2:
                return "early exit"
            yield i
g = early()
print(list(g))

def breaking():
    for i in range(5):
        with Resource(f"b{i}"):
            yield i
            if i == 1:
                break
    yield "after loop"
print(list(breaking()))

# An exception raised by the body after a yield goes through __exit__.
def failing():
    with Resource("f"):
        yield 1
        1 / 0
try:
    print(list(failing()))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# yield from inside a with.
def sub():
    yield "s1"
    yield "s2"
def delegating():
    with Resource("d"):
        yield from sub()
print(list(delegating()))
