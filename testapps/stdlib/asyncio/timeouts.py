# wait_for, timeout()/timeout_at(), wait() with each return_when, as_completed.
import asyncio


async def slow(result, delay, log=None):
    try:
        await asyncio.sleep(delay)
        return result
    finally:
        if log is not None:
            log.append(f"{result} finally")


async def fail_after(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def main():
    print(await asyncio.wait_for(slow("fast", 0), timeout=1))
    print(await asyncio.wait_for(slow("no timeout", 0), timeout=None))
    log = []
    try:
        await asyncio.wait_for(slow("too slow", 1, log), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e) is asyncio.TimeoutError, repr(e.__cause__), log)
    try:
        await asyncio.wait_for(slow("zero", 1, log), timeout=0)
    except asyncio.TimeoutError as e:
        print("timeout=0:", repr(e), repr(e.__cause__), log)
    try:
        await asyncio.wait_for(fail_after(0), timeout=1)
    except ValueError as e:
        print("inner error:", e)

    # timeout(): the block is cancelled and TimeoutError comes out of the async with.
    log = []
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
            await slow("in timeout", 1, log)
    except TimeoutError as e:
        print("timeout() expired:", repr(e), type(e.__cause__).__name__, cm.expired(), log, repr(cm))
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("not expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        cm.reschedule(asyncio.get_running_loop().time() + 0.005)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside the block")
            raise
        finally:
            print("block finally")
    print("unreachable")


async def main2():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at in the past expires at the first await")
    try:
        async with asyncio.timeout(0.005):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("caught and swallowed")
        print("block ended without error")
    except TimeoutError:
        print("unexpected")

    # wait(): the tasks finish when the futures they await are given results here, so what is
    # done at each point does not depend on timing.
    async def waits(fut):
        return await fut

    futs = [loop.create_future() for _ in range(3)]
    tasks = [asyncio.create_task(waits(f)) for f in futs]
    loop.call_soon(futs[1].set_result, "r1")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0)
    print(sorted(t.result() for t in done), len(pending))
    loop.call_soon(futs[0].set_result, "r0")
    loop.call_soon(futs[2].set_result, "r2")
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))

    futs = [loop.create_future() for _ in range(2)]
    tasks = [asyncio.create_task(waits(f)) for f in futs]
    loop.call_soon(futs[0].set_exception, ValueError("failed"))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    coro = slow(1, 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()

    # as_completed yields in order of completion.
    futs = {name: loop.create_future() for name in "abc"}
    tasks = [asyncio.create_task(waits(futs[name])) for name in "cab"]

    async def resolve(names):
        for name in names:
            await asyncio.sleep(0)
            futs[name].set_result(name)

    resolver = asyncio.create_task(resolve("abc"))
    for next_done in asyncio.as_completed(tasks):
        print("as_completed:", await next_done)
    await resolver
    # The timeout is long enough that a loaded machine still finishes "quick" inside it.
    tasks = [asyncio.create_task(slow("quick", 0)), asyncio.create_task(slow("never", 5))]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=0.25):
            print("as_completed with timeout:", await next_done)
    except TimeoutError:
        print("as_completed timed out")
    tasks[1].cancel()


try:
    asyncio.run(main())
except TimeoutError as e:
    print("run raised", repr(e))
asyncio.run(main2())
