# Resuming generators by next(), __next__, send(None) and yield from in every state:
# not started, suspended, running (re-entered), finished by return, by an exception, by close.


def count(n):
    for i in range(n):
        yield i
    return "done"


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, repr(getattr(e, "value", None)))


g = count(2)
show("next0", lambda: next(g))
show("send-None", lambda: g.send(None))
show("dunder-next", lambda: g.__next__())
show("after-return next", lambda: next(g))
show("after-return send", lambda: g.send(None))
show("after-return send 1", lambda: g.send(1))
show("after-return dunder", lambda: g.__next__())
print(list(g), g.gi_running)

g = count(3)
show("send-None first", lambda: g.send(None))
show("send 5 later", lambda: g.send(5))
g.close()
show("after close", lambda: next(g))


def reenter():
    yield me.gi_running
    yield next(me)


me = reenter()
show("running flag", lambda: next(me))
show("re-entered", lambda: next(me))
show("after re-enter error", lambda: next(me))


def raiser(n):
    yield n
    raise KeyError(n)


g = raiser(7)
print(next(g))
show("raised", lambda: next(g))
show("after raised", lambda: next(g))
show("after raised send", lambda: g.send(None))


def stopper():
    yield 1
    raise StopIteration("inner")


g = stopper()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("pep479", e, repr(e.__cause__), e.__suppress_context__)
show("after pep479", lambda: next(g))


def delegating():
    r = yield from count(3)
    print("delegate returned", r)
    r = yield from stopper()
    print("unreachable", r)


g = delegating()
print(next(g), g.send(None), next(g))
show("yield-from end", lambda: next(g))
show("yield-from pep479", lambda: next(g))
show("yield-from after", lambda: next(g))


def with_handler():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


def mixed():
    yield from with_handler()
    for x in count(2):
        yield x


print(list(mixed()))
print(sum(x for x in count(10)), list(x * 2 for x in count(4)))
print(any(x > 2 for x in count(5)), all(x < 9 for x in count(5)))
gen = (x for x in count(3))
print(next(gen), list(gen), list(gen))
