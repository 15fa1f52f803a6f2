# Marker lines inside comprehensions, lambdas, generators, with blocks, decorators and class bodies.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc())


class Ctx:
    def __init__(self, fail_enter):
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter")
        return self

    def __exit__(self, *exc):
        return False


def listcomp(): return [1 // x for x in [1, 0]]
def dictcomp(): return {x: [][x] for x in range(2)}
def setcomp(): return {x.missing for x in [1]}
def genexpr(): return sum(10 % x for x in [2, 0])
def lam(): return sorted([3, 1], key=lambda v: v.size)
def gen():
    def numbers():
        yield 1
        yield 1 / 0
    return list(numbers())


def with_enter():
    with Ctx(True):
        pass


def with_body():
    with Ctx(False) as c:
        c.nothing


def bad_decorator(f):
    return f.no_such_attribute


def decorated():
    @bad_decorator
    def inner():
        pass


def class_body():
    class Inner:
        size = [1, 2][3]


def nested_function():
    def outer(n):
        def inner(m):
            return m["key"]
        return inner(n) + 1
    return outer({})


for f in [listcomp, dictcomp, setcomp, genexpr, lam, gen, with_enter, with_body, decorated,
          class_body, nested_function]:
    show(f)
