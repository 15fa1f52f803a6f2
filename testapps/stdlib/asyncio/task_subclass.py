# Subclassed Task and Future: the task steps by its own state (an overridden done() is not asked),
# a future-like object of another class is asked for its loop through get_loop().
import asyncio


class NoisyTask(asyncio.Task):
    def done(self):
        print("  NoisyTask.done asked")
        return super().done()


class OwnLoopFuture(asyncio.Future):
    def get_loop(self):
        print("  OwnLoopFuture.get_loop asked")
        return super().get_loop()


class Awaitable:
    """Yields a future of another loop: the task must refuse it."""

    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return (yield self.fut)


async def work(n):
    await asyncio.sleep(0)
    return n + 1


async def main():
    loop = asyncio.get_running_loop()

    task = NoisyTask(work(1), loop=loop, name="noisy")
    print("created")
    print("result", await task)
    print(repr(task))

    fut = OwnLoopFuture()
    loop.call_soon(fut.set_result, "own")
    print("own loop future ->", await fut)

    other = asyncio.new_event_loop()
    try:
        foreign = other.create_future()

        async def bad():
            foreign._asyncio_future_blocking = False
            return await Awaitable(foreign)

        try:
            await asyncio.ensure_future(bad())
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(" got ")[1].split(" attached")[0][:14], "attached to a different loop")
    finally:
        other.close()

    # A task factory making the subclass.
    loop.set_task_factory(lambda lp, coro: NoisyTask(coro, loop=lp))
    print("gathered", await asyncio.gather(work(10), work(20)))
    loop.set_task_factory(None)


asyncio.run(main())
