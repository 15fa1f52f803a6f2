# next() on a generator suspended in `yield from` over another generator resumes the delegate
# directly; its end, its exceptions, the frame stack and the running flags stay as in CPython.
import sys
import traceback


def inner(n, tag):
    for i in range(n):
        yield (tag, i)
    return tag * 2


def middle(n):
    r1 = yield from inner(n, "a")
    r2 = yield from inner(n, "b")
    return r1 + r2


def outer(n):
    r = yield from middle(n)
    yield ("result", r)


print(list(outer(3)))

# Mixed next() and send(): a value sent goes to the innermost generator.
def echo():
    got = []
    while len(got) < 4:
        x = yield len(got)
        got.append(x)
    return got


def wrap():
    r = yield from echo()
    yield ("echoed", r)


w = wrap()
print(next(w), next(w), w.send("s1"), next(w), w.send("s2"))
print(w.gi_yieldfrom is None)
print(list(w))

# Exceptions from the delegate go through the delegating generator's frame.
def failing(k):
    yield 1
    yield 2
    raise ValueError(f"failing {k}")


def delegating():
    yield from failing(7)
    print("not reached")


d = delegating()
try:
    for v in d:
        print("got", v)
except ValueError as e:
    print("caught", e)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
print(next(d, "finished"))

# The delegating generator is running while the delegate runs; re-entering it is refused.
holder = []


def reenter():
    yield "first"
    print("outer running:", holder[0].gi_running)
    print("frames:", sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name)
    try:
        next(holder[0])
    except ValueError as e:
        print("ValueError", e)
    yield "second"


def host():
    yield from reenter()


h = host()
holder.append(h)
print(list(h))

# StopIteration inside the delegate is a RuntimeError (PEP 479), seen through both generators.
def leaks():
    yield 1
    raise StopIteration("inner stop")


def around():
    yield from leaks()


a = around()
print(next(a))
try:
    next(a)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
print(next(a, "done"))

# throw() and close() while suspended in the delegate after direct resumes.
def guarded():
    try:
        yield "g1"
        yield "g2"
        yield "g3"
    except KeyError as e:
        yield f"handled {e}"
    finally:
        print("guarded finally")


def over():
    yield from guarded()
    yield "after"


o = over()
print(next(o), next(o))
print(o.throw(KeyError("k")))
print(next(o))
o.close()
print(o.gi_yieldfrom is None, next(o, "over"))

o2 = over()
print(next(o2), next(o2))
o2.close()
print(next(o2, "closed"))

# A delegate that is a generator already exhausted, and one driven partly by hand first.
spent = inner(2, "x")
print(list(spent))


def reuse(g):
    r = yield from g
    yield ("reuse", r)


print(list(reuse(spent)))
part = inner(4, "p")
print(next(part))
print(list(reuse(part)))


# Deep chains and an uncaught error whose traceback runs through every generator.
def chain(depth):
    if depth == 0:
        yield "bottom"
        raise LookupError("deep")
    yield from chain(depth - 1)


c = chain(3)
print(next(c))
next(c)
