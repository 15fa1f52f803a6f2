# gen.send(v) / coro.send(v) under a handler: the end of the generator (StopIteration with its
# value) is taken by the handler as CPython does, whatever path the runtime uses for it.
import types


def averager():
    total = 0
    count = 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            return ("done", count)
        total += value
        count += 1


def drive(values):
    g = averager()
    g.send(None)
    out = []
    for v in values:
        try:
            out.append(g.send(v))
        except StopIteration as e:
            out.append(("stop", e.value))
            break
    try:
        g.send(None)
    except StopIteration as e:
        out.append(("end", e.value, e.args))
    # A finished generator: send raises a bare StopIteration again.
    try:
        g.send(5)
    except StopIteration as e:
        out.append(("again", e.value, e.args))
    return out


print(drive([10, 20, 30]))


def returns_nothing():
    yield 1


g = returns_nothing()
print(g.send(None))
try:
    g.send("x")
except StopIteration as e:
    print("no value:", repr(e.value), e.args)


# A just-started generator refuses a non-None value: TypeError, not a pending StopIteration.
g = returns_nothing()
try:
    g.send(1)
except StopIteration:
    print("wrong")
except TypeError as e:
    print("TypeError:", e)


# Other exceptions from the body pass through the handler that does not match.
def raiser():
    x = yield 1
    raise KeyError(x)


g = raiser()
next(g)
try:
    g.send("k")
except StopIteration:
    print("wrong")
except KeyError as e:
    print("KeyError:", e)


# StopIteration raised inside the body is a RuntimeError (PEP 479).
def inner_stop():
    yield 1
    raise StopIteration("inside")


g = inner_stop()
next(g)
try:
    g.send(2)
except StopIteration:
    print("wrong")
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))


# A generator running already.
def self_send():
    yield me.send(None)


me = self_send()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)


# Coroutines driven by hand, the usual way: the return value through StopIteration.
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


@types.coroutine
def pause():
    reply = yield "paused"
    return reply


async def leaf(i):
    x = await Suspend()
    y = await pause()
    return (x or 0) + (y or 0) + i


async def top(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


def run(coro, reply):
    steps = 0
    try:
        coro.send(None)
        while True:
            steps += 1
            coro.send(reply)
    except StopIteration as stop:
        return steps, stop.value


print(run(top(5), None))
print(run(top(5), 2))
c = top(1)
print(run(c, 1))
try:
    c.send(None)
except StopIteration:
    print("wrong")
except RuntimeError as e:
    print("RuntimeError:", e)


# An object with its own send method: called as usual, its StopIteration included.
class Sink:
    def __init__(self):
        self.got = []

    def send(self, v):
        if v == "stop":
            raise StopIteration("sink full")
        self.got.append(v)
        return len(self.got)


s = Sink()
for v in ["a", "b", "stop"]:
    try:
        print(s.send(v))
    except StopIteration as e:
        print("sink:", e.value)


# send rebound on a class instance name that later holds a generator.
def pick(flag):
    return Sink() if flag else averager()


for flag in (True, False):
    obj = pick(flag)
    try:
        print(type(obj).__name__, obj.send(None))
        print(obj.send(None))
    except StopIteration as e:
        print("ended:", e.value)


# Not caught here: the traceback names the send line and the generator's frames.
def finisher():
    yield 1
    return 42


f = finisher()
next(f)
try:
    f.send(3)
except KeyError:
    print("wrong")
