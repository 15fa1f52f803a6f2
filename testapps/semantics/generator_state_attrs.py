# Generator object attributes over its life: gi_running, gi_yieldfrom, names and close() effects.
def gen():
    print("running inside:", g.gi_running)
    x = yield 1
    print("got", x)
    yield 2


g = gen()
print(g.gi_running, g.__name__, g.__qualname__, type(g).__name__)
print(next(g))
print(g.send("hello"))
g.close()
print(g.gi_running)


def inner():
    yield "a"
    yield "b"


def outer():
    yield from inner()


o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
o.close()
print(o.gi_yieldfrom)


class Holder:
    def method_gen(self):
        yield self


h = Holder()
mg = h.method_gen()
print(mg.__name__, mg.__qualname__, next(mg) is h)
ge = (x for x in range(2))
print(ge.__name__, ge.__qualname__, list(ge), list(ge))


def empty():
    return
    yield


print(list(empty()), iter(empty()).__class__.__name__)
e = empty()
e.close()
print(list(e))


def closed_before_start():
    try:
        yield 1
    finally:
        print("never printed: never started")


c = closed_before_start()
c.close()
print("closed unstarted")


def over_list():
    r = yield from [10, 20]
    yield r


ol = over_list()
next(ol)
print(type(ol.gi_yieldfrom).__name__)
print(next(ol), next(ol), ol.gi_yieldfrom)
