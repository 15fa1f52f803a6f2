# Awaiting futures: the iterator Future.__await__ returns, driven by await, by yield from and by hand.
import asyncio
import types


class TracedFuture(asyncio.Future):
    def result(self):
        print("  TracedFuture.result called")
        return super().result()


@types.coroutine
def legacy_wait(fut):
    value = yield from fut
    return ("legacy", value)


async def main():
    loop = asyncio.get_running_loop()

    # A pending future: the task sleeps until set_result, then gets the value.
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("pending ->", await fut)
    # A done future: no suspension at all.
    print("done ->", await fut)

    # An exception set later, and one set before the await.
    for early in (False, True):
        fut = loop.create_future()
        if early:
            fut.set_exception(ValueError("early"))
        else:
            loop.call_soon(fut.set_exception, KeyError("late"))
        try:
            await fut
        except (ValueError, KeyError) as e:
            print("raised", type(e).__name__, e)

    # A cancelled future, with and without a message.
    for msg in (None, "stop"):
        fut = loop.create_future()
        loop.call_soon(fut.cancel, msg)
        try:
            await fut
        except asyncio.CancelledError as e:
            print("cancelled", e.args)

    # A subclass: result() is looked up on the future's class.
    fut = TracedFuture()
    loop.call_soon(fut.set_result, "sub")
    print("subclass ->", await fut)

    # yield from in a generator-based coroutine, and __iter__.
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 7)
    print(await legacy_wait(fut))

    # Driving the iterator by hand.
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, type(it).__module__ if hasattr(type(it), "__module__") else "")
    print("iter(it) is it:", iter(it) is it)
    first = it.send(None)
    print("yields the future:", first is fut, fut._asyncio_future_blocking)
    try:
        it.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut._asyncio_future_blocking = False
    fut.set_result("by hand")
    it = fut.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)
    # After the end the iterator is exhausted.
    try:
        next(it)
    except StopIteration as e:
        print("again:", e.value)

    # throw() raises what is thrown in; the future is untouched.
    fut = loop.create_future()
    it = fut.__await__()
    try:
        it.throw(ZeroDivisionError("thrown"))
    except ZeroDivisionError as e:
        print("throw ->", e, fut.done())
    it.close()
    fut.cancel()

    # Tasks are awaited the same way, including one awaited by several tasks.
    async def child(n):
        await asyncio.sleep(0)
        return n * 2

    task = asyncio.create_task(child(5))

    async def waiter(tag):
        return tag, await task

    print(await asyncio.gather(waiter("a"), waiter("b"), task))

    # A future awaited after it failed inside a task: the traceback goes through the await.
    async def failing():
        fut = loop.create_future()
        loop.call_soon(fut.set_exception, OSError("disk"))
        await fut

    try:
        await failing()
    except OSError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("frames:", names)


asyncio.run(main())
