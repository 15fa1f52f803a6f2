# Coroutine-style generators with send(): primed consumers, pipelines, return values and close().
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


a = averager()
print(next(a))
for v in (10, 20, 60):
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)


def coroutine(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start


@coroutine
def sink(results):
    while True:
        item = yield
        results.append(item)


@coroutine
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)


@coroutine
def scale(factor, target):
    try:
        while True:
            value = yield
            target.send(value * factor)
    finally:
        print("scale closed")


out = []
pipe = scale(3, filter_even(sink(out)))
for i in range(6):
    pipe.send(i)
pipe.close()
print(out)


def delegator():
    result = yield from averager()
    yield f"sub returned {result}"


d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append(f"handled {e}")
    except GeneratorExit:
        print("closing with", received)
        raise


e = echo()
next(e)
e.send("a")
print(e.throw(ValueError("v")))
e.send("b")
e.close()
e.close()


def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print(type(err).__name__, err)


def running():
    yield g2.send(None)


g2 = running()
try:
    next(g2)
except ValueError as err:
    print(type(err).__name__, err)
