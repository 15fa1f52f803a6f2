# yield from: values pass through, the subgenerator's return value is the expression's value.
def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return n * 10


def outer():
    a = yield from inner(2)
    b = yield from inner(1)
    return a + b


g = outer()
print(list(g))
g = outer()
print(next(g), g.send("x"), next(g))
try:
    next(g)
except StopIteration as e:
    print("total", e.value)


def delegate_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from (x * x for x in range(3))
    yield from {"k": 1}
    r = yield from []
    return r


print(list(delegate_iterables()))


def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)


t = (1, [(2, [(4, [])]), (3, [])])
print(list(tree(t)))


def counting():
    depth = yield from depth_of(3)
    yield f"depth {depth}"


def depth_of(n):
    if n == 0:
        return 0
    d = yield from depth_of(n - 1)
    yield n
    return d + 1


print(list(counting()))


def failing():
    yield 1
    raise KeyError("inner failure")


def wrapper():
    try:
        yield from failing()
    except KeyError as e:
        yield f"caught {e}"


print(list(wrapper()))


def closable():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def outer_close():
    try:
        yield from closable()
    finally:
        print("outer finally")


g = outer_close()
print(next(g))
g.close()


class Iterable:
    def __iter__(self):
        return iter([7, 8])


def from_object():
    yield from Iterable()


print(list(from_object()))


def bad():
    yield from 5


try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)


def stop_value():
    return "early"
    yield


def take():
    result = yield from stop_value()
    yield result


print(list(take()))
