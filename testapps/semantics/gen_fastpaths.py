# Generators on their fast paths: exc_info seen from a body that is or is not suspended in a
# handler, yield from return values without StopIteration, sent values through yield from.
import sys


def plain():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def suspended_in_handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[0]


def show(tag, value):
    print(tag, type(value).__name__ if isinstance(value, BaseException) else value)


g = plain()
show("plain 1", next(g))
try:
    raise ValueError("outer")
except ValueError:
    show("plain 2", next(g))

h = suspended_in_handler()
show("handler 1", next(h))
try:
    raise ValueError("caller")
except ValueError:
    show("handler 2", next(h))
    show("caller sees", sys.exc_info()[1])
show("handler 3", next(h))
show("after", sys.exc_info()[0])

# An exception raised by the caller while the generator holds one gets the caller's context only.
h2 = suspended_in_handler()
next(h2)
try:
    raise TypeError("while suspended")
except TypeError as e:
    show("context", e.__context__)


def sub(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def outer():
    r1 = yield from sub(3)
    r2 = yield from sub(0)
    r3 = yield from []
    return (r1, r2, r3)


o = outer()
print(next(o), o.send(10), o.send(5))
try:
    o.send(7)
except StopIteration as e:
    print("returned", e.value)


def finished_delegate():
    g = sub(1)
    list(g)
    r = yield from g
    return r


print(list(finished_delegate()))


def raises_stop():
    yield 1
    raise StopIteration("no")


def delegating():
    yield from raises_stop()


try:
    print(list(delegating()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def counts():
    yield 1
    yield
    x = yield 3
    print("got", x)


c = counts()
print(next(c), next(c), next(c))
try:
    c.send("s")
except StopIteration:
    print("done")


def tree(depth):
    if depth == 0:
        return 1
    left = yield from tree(depth - 1)
    yield depth
    right = yield from tree(depth - 1)
    return left + right


t = tree(4)
values = []
while True:
    try:
        values.append(next(t))
    except StopIteration as e:
        print(values, e.value)
        break


# gi_yieldfrom: the delegate while suspended in a yield from, None before, between and after.
def inner():
    yield 1
    yield 2


def delegator():
    yield 0
    yield from inner()
    yield 3
    try:
        yield from failing()
    except ValueError:
        yield "caught"
    yield from inner()


def failing():
    yield "f"
    raise ValueError("x")


d = delegator()
for v in d:
    yf = d.gi_yieldfrom
    print(v, None if yf is None else yf.__name__)
print(d.gi_yieldfrom)
