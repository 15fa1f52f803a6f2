# contextlib.asynccontextmanager, aclosing and AbstractAsyncContextManager, driven by hand.

import contextlib


class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label


def run(coro):
    log = []
    while True:
        try:
            log.append(coro.send(None))
        except StopIteration as e:
            return log, e.value


@contextlib.asynccontextmanager
async def resource(name):
    await Tick("open " + name)
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        await Tick("close " + name)
        print("close", name)


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")


async def main():
    async with resource("db") as r:
        print("using", r)
    async with resource("cache") as r:
        raise KeyError("missing")
    print("after suppressed KeyError")
    try:
        async with resource("file"):
            raise ValueError("bad")
    except ValueError as e:
        print("ValueError", e)
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    async with contextlib.aclosing(numbers()) as g:
        async for n in g:
            if n == 2:
                break
            print("n", n)
    print(resource.__name__)
    print(isinstance(contextlib.aclosing(None), contextlib.AbstractAsyncContextManager))

    @resource("deco")
    async def decorated(x):
        print("inside decorated", x)
        return x * 2
    print(await decorated(21))
    return "done"

print(run(main()))
