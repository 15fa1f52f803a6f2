# Generators as coroutines: priming, send() values, return values, and state between sends.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value)


def fresh():
    received = yield "ready"
    print("got", received)


g = fresh()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
try:
    g.send("hello")
except StopIteration as e:
    print("stop", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("again", e.value)


def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item == "flush":
            batch, items = items, []
            yield batch
        else:
            items.append(item)


acc = accumulate()
next(acc)
for word in "abc":
    acc.send(word)
print(acc.send("flush"))
print(next(acc), acc.send("z"))


def grep(pattern):
    matched = []
    try:
        while True:
            line = yield
            if pattern in line:
                matched.append(line)
    except GeneratorExit:
        print("closing with", matched)
        raise


gr = grep("py")
next(gr)
for line in ("python", "java", "pypy"):
    gr.send(line)
gr.close()
print(gr.gi_running, gr.__name__, gr.__qualname__)


def echo():
    value = None
    while True:
        try:
            value = yield value
        except ValueError as e:
            value = f"handled {e}"


e = echo()
next(e)
print(e.send(1), e.throw(ValueError("bad")), e.send(2))


def running():
    yield g2.gi_running


g2 = running()
print(next(g2))


def me():
    yield next(me_gen)


me_gen = me()
try:
    next(me_gen)
except ValueError as err:
    print(type(err).__name__, err)
