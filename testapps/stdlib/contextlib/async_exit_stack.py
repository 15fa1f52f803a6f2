# contextlib.AsyncExitStack: async and sync callbacks unwound in LIFO order, suppression, errors.
import asyncio
import contextlib


class Resource:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress


class Sync:
    def __enter__(self):
        return "sync"

    def __exit__(self, *exc):
        log.append("sync exit")
        return False


log = []


async def cleanup(tag):
    await asyncio.sleep(0)
    log.append("async callback " + tag)


async def main():
    async with contextlib.AsyncExitStack() as stack:
        print(await stack.enter_async_context(Resource("a", log)))
        print(stack.enter_context(Sync()))
        print(stack.push_async_callback(cleanup, "x") is cleanup)
        stack.callback(log.append, "sync callback")
        print(await stack.enter_async_context(Resource("b", log)))
    print(log)

    log.clear()
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(Resource("quiet", log, suppress=True))
        raise ValueError("swallowed")
    print("suppressed", log)

    log.clear()
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(Resource("outer", log))

            async def failing(exc_type, exc, tb):
                raise KeyError("from exit")

            stack.push_async_exit(failing)
            raise ValueError("body")
    except KeyError as e:
        print("KeyError", e, type(e.__context__).__name__, e.__context__)
    print(log)

    log.clear()
    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(Resource("moved", log))
    moved = stack.pop_all()
    await stack.aclose()
    print("after first aclose", log)
    await moved.aclose()
    print("after moved aclose", log, type(moved).__name__)

    async with contextlib.AsyncExitStack() as stack:
        try:
            await stack.enter_async_context(Sync())
        except TypeError as e:
            print("TypeError", e)
        try:
            stack.enter_context(Resource("r", log))
        except TypeError as e:
            print("TypeError", e)
    try:
        with contextlib.AsyncExitStack():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
print("AsyncExitStack" in contextlib.__all__)
