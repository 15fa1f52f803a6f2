# Async generators driven by hand (no asyncio): __anext__/asend/athrow/aclose awaitables,
# async for over them and over a class with __aiter__/__anext__, and the errors CPython raises.

class Tick:
    """An awaitable that suspends the coroutine once, handing a label to the driver."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got


def run(coro, sends=None):
    """Drives a coroutine by hand: what it yields out goes to the log, the driver answers."""
    log = []
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as e:
            return log, e.value
        log.append(out)
        value = "re:" + str(out)


async def agen(n):
    for i in range(n):
        got = await Tick("tick%d" % i)
        print("agen got", got)
        yield i * 10


async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

print(run(consume()))
g = agen(2)
print(type(g).__name__, repr(g).startswith("<async_generator object agen at 0x"))
print(g.__aiter__() is g, g.ag_running, g.__name__, g.__qualname__)
a = g.__anext__()
print(type(a).__name__)
print(a.send(None))
try:
    a.send("hello")
except StopIteration as e:
    print("item", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def simple():
    yield 1
    yield 2

async def drain(ag):
    res = []
    while True:
        try:
            res.append(await ag.__anext__())
        except StopAsyncIteration:
            res.append("end")
            return res
print(run(drain(simple())))

# asend
async def echo():
    received = yield "first"
    while True:
        received = yield "echo:" + str(received)

async def talk():
    e = echo()
    print(await e.__anext__())
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    print("closed")
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
print(run(talk()))

# athrow
async def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

async def throw_in():
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError("boom")))
    print(await c.__anext__())
    try:
        await c.athrow(KeyError("k"))
    except KeyError as e:
        print("KeyError escaped", e)
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("finished")
print(run(throw_in()))

# aclose runs finally, which may await
async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally start")
        await Tick("in-finally")
        print("finally end")

async def close_early():
    g = with_finally()
    print(await g.__anext__())
    await g.aclose()
    print("after aclose")
    await g.aclose()
    print("aclose again ok")
print(run(close_early()))

# ignoring GeneratorExit
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
print(run(close_stubborn()))

# StopAsyncIteration / StopIteration raised inside
async def bad_stop():
    yield 1
    raise StopAsyncIteration

async def bad_stop2():
    yield 1
    raise StopIteration

async def check_bad(g):
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
run(check_bad(bad_stop()))
run(check_bad(bad_stop2()))

# exceptions propagate out of the async generator
async def raiser():
    yield 1
    raise ValueError("inside")

async def catch_raiser():
    try:
        async for x in raiser():
            print("x", x)
    except ValueError as e:
        print("ValueError", e)
run(catch_raiser())

# async for with else, break, and class-based async iterators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await Tick("cd")
        return self.n

async def loops():
    async for v in Countdown(3):
        print("cd", v)
    else:
        print("cd else")
    async for v in agen(5):
        if v == 20:
            break
        print("agen", v)
    else:
        print("not printed")
    return "done"
print(run(loops()))

# already running
async def slow():
    await Tick("slow")
    yield 1

async def overlap():
    g = slow()
    a1 = g.__anext__()
    a1.send(None)
    a2 = g.__anext__()
    try:
        a2.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        a1.send(None)
    except StopIteration as e:
        print("a1 ->", e.value)
run(overlap())

# non-None to a just-started async generator
g = simple()
try:
    g.asend(5).send(None)
except TypeError as e:
    print("TypeError", e)
g2 = simple()
a = g2.asend(7)
try:
    a.send(None)
except TypeError as e:
    print("TypeError", e)
except StopIteration as e:
    print("stop", e.value)

# aclose on never started
g3 = simple()
try:
    g3.aclose().send(None)
except StopIteration as e:
    print("aclose unstarted ->", e.value)
try:
    g3.__anext__().send(None)
except StopAsyncIteration:
    print("unstarted closed -> StopAsyncIteration")

# athrow on never started
g4 = simple()
try:
    g4.athrow(ValueError("early")).send(None)
except ValueError as e:
    print("athrow unstarted", e)

# return inside async generator ends iteration
async def early():
    yield "a"
    return
    yield "b"
print(run(drain(early())))

# yield inside try/except with await, values as tuple
async def pairs():
    for i in range(3):
        try:
            await Tick(i)
            yield i, i * i
        except Exception:
            pass
async def use_pairs():
    return [p async for p in pairs()]
print(run(use_pairs()))
