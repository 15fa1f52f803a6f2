# The state generators, coroutines and async generators keep in few fields: the kind named in
# error messages, exceptions handled across a suspension, a delegate's return or exception met
# through next()'s shortcut past `yield from`, qualnames; and asyncio callbacks run in a Context
# or in any object with run().
import asyncio
import contextvars
import sys
import types


def kind_messages():
    def gen():
        yield 1

    g = gen()
    try:
        g.send(5)
    except TypeError as e:
        print("gen:", e)

    async def coro():
        return 1

    c = coro()
    try:
        c.send(5)
    except TypeError as e:
        print("coro:", e)
    try:
        c.send(None)
    except StopIteration as e:
        print("coro returned", e.value)
    try:
        c.send(None)
    except RuntimeError as e:
        print("coro again:", e)

    async def agen():
        yield 1

    a = agen().asend(None)
    print(type(a).__name__)
    try:
        agen().asend(5).send(None)
    except TypeError as e:
        print("agen:", e)

    def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    s = stubborn()
    next(s)
    try:
        s.close()
    except RuntimeError as e:
        print("close:", e)

    def running():
        yield me.send(None)

    me = running()
    try:
        next(me)
    except ValueError as e:
        print("running:", e)

    def leaks():
        raise StopIteration(7)
        yield

    try:
        next(leaks())
    except RuntimeError as e:
        print("pep479:", e, type(e.__cause__).__name__)


def handled_across_yields():
    def gen():
        try:
            raise KeyError("inside")
        except KeyError:
            yield sys.exc_info()[1]
            yield sys.exc_info()[1]
        yield sys.exc_info()[1]

    g = gen()
    print("first", repr(next(g)))
    print("outside", sys.exc_info()[1])
    try:
        raise ValueError("caller")
    except ValueError:
        print("second", repr(next(g)))
        print("caller still", repr(sys.exc_info()[1]))
    print("after", next(g))
    # Two generators suspended in handlers at once, resumed in turn.
    a, b = gen(), gen()
    print(repr(next(a)), repr(next(b)), repr(next(a)), repr(next(b)))
    # Finished in a handler: nothing kept.
    def ends():
        try:
            raise OSError("gone")
        except OSError:
            yield 1
    e = ends()
    next(e)
    print(list(e), sys.exc_info()[1])


def delegate_shortcut():
    def inner(n):
        for i in range(n):
            yield i
        return "inner done"

    def failing():
        yield "x"
        raise LookupError("from inner")

    def outer():
        r = yield from inner(2)
        yield r
        try:
            yield from failing()
        except LookupError as e:
            yield "caught " + str(e)
        r = yield from inner(0)
        yield r

    print(list(outer()))

    def uncaught():
        yield from failing()

    u = uncaught()
    print(next(u))
    try:
        next(u)
    except LookupError as e:
        print("propagated", e)


def qualnames():
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    g, c, a = gen(), coro(), agen()
    print(g.__qualname__, g.__name__)
    print(c.__qualname__, c.__name__)
    print(a.__qualname__, a.__name__)
    print(repr(c).split(" at ")[0], repr(a).split(" at ")[0])
    c.close()


class OwnContext:
    """Not a Context: call_soon hands any object with run() the callback, as CPython does."""

    def __init__(self):
        self.calls = 0

    def run(self, fn, *args):
        self.calls += 1
        return fn(*args)


var = contextvars.ContextVar("var", default="unset")


async def callbacks():
    loop = asyncio.get_running_loop()
    seen = []
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(lambda *a: seen.append(("ctx", var.get()) + a), 1, 2, context=ctx)
    own = OwnContext()
    loop.call_soon(lambda *a: seen.append(("own", var.get()) + a), 3, context=own)
    loop.call_soon(lambda: seen.append(("none", var.get())))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(seen, own.calls)
    print(ctx.run(lambda x, y=0: x + y, 1, y=2))
    try:
        ctx.run(ctx.run, print)
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(":")[0])


kind_messages()
handled_across_yields()
delegate_shortcut()
qualnames()
asyncio.run(callbacks())
