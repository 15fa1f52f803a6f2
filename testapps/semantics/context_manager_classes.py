# Context managers written as classes: enter values, exit arguments, suppression and nesting order.
class Tracker:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"{self.name} cannot enter")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


with Tracker("a") as a, Tracker("b") as b:
    print("body", a, b)

with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise ValueError("from body")
print("after suppressed")

try:
    with Tracker("x"), Tracker("y", fail_enter=True), Tracker("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, *exc):
        Resource.opened -= 1


def use():
    with Resource() as r:
        print("open in use:", Resource.opened)
        return "returned"


print(use(), Resource.opened)

for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError("from exit")


try:
    with ExitRaises():
        raise ValueError("body error")
except KeyError as e:
    print("exit error", repr(e), "context:", repr(e.__context__))


class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


for cls in (NoEnter, NoExit, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class TruthyExit:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return "yes"


with TruthyExit() as nothing:
    raise OSError("swallowed by truthy return")
print("nothing is", nothing)
target = {}
with Tracker("item") as target["key"]:
    pass
print(target)
