# with statements: several items, exception suppression by __exit__, order of __enter__/__exit__, errors in __enter__.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter failed {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("outer", suppress=True), CM("inner"):
    raise ValueError("boom")
print("after suppressed")

try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)


def returns_inside():
    with CM("r"):
        return "returned"


print(returns_inside())

for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        print("second iteration body")


class Bad:
    pass


try:
    with Bad():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


with Truthy():
    raise KeyError("suppressed by truthy value")
print("truthy suppressed")


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise TypeError("from exit")


try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

with CM("nested1") as n1:
    with CM("nested2", suppress=True) as n2:
        raise IndexError("inner")
    print("between", n1)
with CM("target") as (first, *rest):
    print(first, rest)
