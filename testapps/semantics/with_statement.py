class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with Ctx("a") as v:
    print("body", v)

with Ctx("outer"), Ctx("inner") as i:
    print("two", i)

with Ctx("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppress")

try:
    with Ctx("loud"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))

def early():
    with Ctx("ret"):
        return "returned"
    print("not reached")
print(early())

for i in range(3):
    with Ctx("loop" + str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print("i =", i)

try:
    with 5:
        pass
except TypeError as e:
    print(e)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)

class Failing:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Failing():
        print("never body")
except RuntimeError as e:
    print(e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(repr(e), repr(e.__context__))

with Ctx("target") as (a):
    print(a)
