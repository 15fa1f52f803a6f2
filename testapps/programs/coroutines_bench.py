# Coroutines driven by hand: chains of async defs awaited, custom awaitables, send(None), async generators.
import sys
import types

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Suspend:
    """An awaitable that suspends once, handing a value to the driver."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


@types.coroutine
def pause(tag):
    reply = yield ("pause", tag)
    return reply


async def leaf(i):
    x = await Suspend(i)
    return (x or 0) + i


async def middle(i):
    a = await leaf(i)
    b = await leaf(i + 1)
    return a + b


async def top(n):
    total = 0
    for i in range(n):
        total += await middle(i)
        if i % 100 == 0:
            await pause(i)
    return total


async def ticker(n):
    for i in range(n):
        if i % 3 == 0:
            await Suspend(-i)
        yield i * i


async def consume(n):
    out = []
    async for v in ticker(n):
        out.append(v)
    squares = [v async for v in ticker(10) if v % 2 == 0]
    return sum(out), squares


async def failing():
    await Suspend("f")
    raise KeyError("missing")


async def catcher():
    try:
        await failing()
    except KeyError as e:
        return "caught %s" % e


def run(coro, reply=None):
    """A tiny driver: answers every suspension with `reply` and counts them."""
    steps = 0
    try:
        coro.send(None)
        while True:
            steps += 1
            coro.send(reply)
    except StopIteration as stop:
        return stop.value, steps


def main():
    value, steps = run(top(20000 * SCALE))
    print("top", value, steps)
    value, steps = run(top(500), reply=1)
    print("top reply", value, steps)
    print("consume", run(consume(3000 * SCALE)))
    print("catcher", run(catcher()))
    c = leaf(5)
    print(type(c).__name__, c.send(None))
    try:
        c.send(10)
    except StopIteration as e:
        print("StopIteration", e.value)
    c2 = failing()
    c2.send(None)
    try:
        c2.throw(ValueError("injected"))
    except ValueError as e:
        print("ValueError", e)
    c3 = middle(1)
    c3.send(None)
    c3.close()
    try:
        c3.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    ag = ticker(4)
    print(type(ag).__name__)
    step = ag.__anext__()
    try:
        while True:
            print("yielded", step.send(None))
    except StopIteration as e:
        print("anext value", e.value)
    try:
        run(leaf(1), reply="x")
    except TypeError as e:
        print("TypeError", e)


main()
