# PEP 479: StopIteration raised inside a generator becomes RuntimeError; early return values.
def early(n):
    for i in range(n):
        if i == 2:
            return "done at 2"
        yield i


g = early(5)
print(list(g))
g = early(5)
try:
    while True:
        print(next(g))
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def leaky():
    yield 1
    raise StopIteration("oops")


try:
    print(list(leaky()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)


def guarded():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "exhausted"
        yield v


g = guarded()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("return value", e.value)


def subgen():
    yield "a"
    return "sub result"


def outer():
    r = yield from subgen()
    yield r


print(list(outer()))


def finished():
    yield 1


g = finished()
print(list(g))
for method, arg in (("send", None), ("send", 5)):
    try:
        getattr(g, method)(arg)
    except StopIteration as e:
        print(method, type(e).__name__, e.args)
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("throw into finished:", type(e).__name__, e)
print(g.close())


def not_started():
    yield 1


g = not_started()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)


def runtime_in_gen():
    try:
        yield 1
        raise StopIteration
    except RuntimeError:
        yield "never"


try:
    print(list(runtime_in_gen()))
except RuntimeError as e:
    print("outer got", type(e).__name__, e)


def return_none_explicit():
    yield 1
    return


g = return_none_explicit()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
