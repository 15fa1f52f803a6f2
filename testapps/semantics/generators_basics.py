def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, repr(e))
try:
    next(g)
except StopIteration as e:
    print("again", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

def inner():
    a = yield 1
    b = yield 2
    return a, b

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    return "outer done"

o = outer()
print(next(o), o.send("x"), o.send("y"), next(o))
try:
    next(o)
except StopIteration as s:
    print(s.value)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

w = with_finally()
print(next(w))
w.close()
print("closed")
w2 = with_finally()
print(list(w2))

def thrower():
    yield 1
    yield 2

t = thrower()
next(t)
try:
    t.throw(ValueError("injected"))
except ValueError as ex:
    print("propagated", ex)
print(list(t))

fresh = count(3)
try:
    fresh.send(5)
except TypeError as ex:
    print(ex)

def gen_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(gen_stop())
except RuntimeError as ex:
    print(type(ex).__name__, ex, repr(ex.__cause__))

def ignore_exit():
    try:
        yield 1
    finally:
        pass
    yield 2

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
print(sum(count(101)), max(count(5)), sorted(count(3), reverse=True))
for x in count(3):
    print("loop", x)
print(type(count(1)).__name__, repr(count(1))[:24])

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(tree))
