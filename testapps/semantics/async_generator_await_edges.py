# Async generators and await chains driven by hand, at the edges of how an awaitable finishes:
# items and ends through async for, asend/athrow/aclose awaited or driven with send(), anext
# with a default, exceptions thrown into chains, and sys.exc_info() in coroutines.
import sys
import types


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


@types.coroutine
def hop(tag):
    reply = yield ("hop", tag)
    return reply


def run(coro, replies=()):
    """Drives a coroutine to its end: what it yielded, then its value or its exception."""
    seen = []
    replies = list(replies)
    try:
        seen.append(coro.send(None))
        while True:
            seen.append(coro.send(replies.pop(0) if replies else None))
    except StopIteration as stop:
        return seen, "value", stop.value
    except Exception as e:
        return seen, type(e).__name__, str(e)


async def counter(n, stop_early=None, fail_at=None):
    for i in range(n):
        if i == stop_early:
            return
        if i == fail_at:
            raise ValueError("failed at %d" % i)
        if i % 2:
            await Suspend()
        yield i


async def loop_over(agen):
    out = []
    async for v in agen:
        out.append(v)
    else:
        out.append("else")
    return out


print("full", run(loop_over(counter(5))))
print("early return", run(loop_over(counter(5, stop_early=3))))
print("raises", run(loop_over(counter(5, fail_at=2))))


async def break_and_resume():
    g = counter(6)
    out = []
    async for v in g:
        out.append(v)
        if v == 2:
            break
    out.append(g.ag_running)
    out.append(await g.__anext__())
    out.append(await g.asend("ignored"))
    async for v in g:
        out.append(v)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        out.append(("StopAsyncIteration", e.args))
    return out


print("break/resume", run(break_and_resume()))


async def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "caught %s" % e
        except IndexError:
            return
        finally:
            await hop("finally")


async def athrow_cases():
    out = []
    g = catcher()
    out.append(await g.__anext__())
    out.append(await g.athrow(KeyError("k")))
    out.append(await g.__anext__())
    try:
        await g.athrow(IndexError("i"))
    except StopAsyncIteration:
        out.append("athrow ended it")
    out.append(await g.aclose())
    g2 = catcher()
    out.append(await g2.__anext__())
    out.append(await g2.aclose())
    try:
        out.append(("late", await g2.athrow(ValueError("late"))))
    except ValueError as e:
        out.append("late %s" % e)
    except StopAsyncIteration:
        out.append("late StopAsyncIteration")
    return out


print("athrow", run(athrow_cases()))


async def anext_default():
    out = []
    g = counter(2)
    out.append(await anext(g, "dflt"))
    out.append(await anext(g, "dflt"))
    out.append(await anext(g, "dflt"))
    out.append(await anext(g, "dflt"))
    bad = counter(3, fail_at=0)
    try:
        await anext(bad, "dflt")
    except ValueError as e:
        out.append("error %s" % e)
    out.append(await anext(Countdown(1), "custom done"))
    return out


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await Suspend()
        return self.n


print("anext default", run(anext_default()))


class Forwarding:
    """An async iterator whose __anext__ hands out another async generator's awaitable."""

    def __init__(self, inner):
        self.inner = inner

    def __aiter__(self):
        return self

    def __anext__(self):
        return self.inner.__anext__()


async def forwarded():
    out = [v async for v in Forwarding(counter(4))]
    async for v in Countdown(3):
        out.append(("countdown", v))
    return out


print("forwarded", run(forwarded()))


async def items_of_every_kind():
    yield None
    yield (1, 2)
    yield ValueError("as item")
    yield 7


def by_hand():
    g = items_of_every_kind()
    for _ in range(5):
        step = g.__anext__()
        try:
            step.send(None)
        except StopIteration as e:
            print("  StopIteration", e.args, repr(e.value))
        except StopAsyncIteration as e:
            print("  StopAsyncIteration", e.args)
        try:
            step.send(None)
        except RuntimeError as e:
            print("  reuse:", e)
    closing = g.aclose()
    try:
        closing.send(None)
    except StopIteration as e:
        print("  aclose done", e.args)


print("by hand")
by_hand()


async def inner_returns_on_throw():
    try:
        await Suspend()
    except ZeroDivisionError:
        return "inner handled"
    return "inner plain"


async def outer_chain():
    got = await inner_returns_on_throw()
    return "outer got " + got


c = outer_chain()
print("chain start", c.send(None))
try:
    c.throw(ZeroDivisionError("into chain"))
except StopIteration as e:
    print("chain throw ->", e.value)

c = outer_chain()
c.send(None)
try:
    c.throw(TypeError("not handled"))
except TypeError as e:
    print("chain throw escaped:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("after:", e)


async def loop_until_thrown():
    out = []
    async for v in counter(10):
        out.append(v)
    return out


c = loop_until_thrown()
print("loop start", c.send(None))
try:
    c.throw(StopAsyncIteration)
except RuntimeError as e:
    # The generator the loop awaits gets it first: PEP 479 turns it into RuntimeError there.
    print("StopAsyncIteration thrown:", e, "from", repr(e.__cause__))


class Plain:
    """An async iterator that does not catch what is thrown in: StopAsyncIteration ends the loop."""

    def __aiter__(self):
        return self

    def __anext__(self):
        return Suspend()


async def loop_over_plain():
    out = []
    async for v in Plain():
        out.append(v)
    return out


c = loop_over_plain()
print("plain start", c.send(None))
print("plain next", c.send(1))
try:
    c.throw(StopAsyncIteration)
except StopIteration as e:
    print("StopAsyncIteration thrown ends the loop:", e.value)


async def reports_exc_info(tag):
    before = sys.exc_info()[0]
    await Suspend()
    after = sys.exc_info()[0]
    return tag, before and before.__name__, after and after.__name__


co = reports_exc_info("resumed in handler")
co.send(None)
try:
    raise LookupError("outer")
except LookupError:
    try:
        co.send(None)
    except StopIteration as e:
        print("exc_info", e.value)
co = reports_exc_info("started in handler")
try:
    raise KeyError("outer")
except KeyError:
    co.send(None)
try:
    co.send(None)
except StopIteration as e:
    print("exc_info", e.value)


@types.coroutine
def watch(awaitable):
    it = awaitable.__await__()
    value = yield from it
    return value


async def yieldfrom_name():
    g = counter(3)
    await g.__anext__()
    w = watch(g.__anext__())
    first = w.send(None)
    name = type(w.gi_yieldfrom).__name__
    try:
        w.send(None)
    except StopIteration as e:
        return first, name, e.value, w.gi_yieldfrom


print("gi_yieldfrom", run(yieldfrom_name()))
