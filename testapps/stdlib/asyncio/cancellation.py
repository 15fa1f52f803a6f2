# Task cancellation: messages, finally blocks, cancelling()/uncancel(), shield, gather's rules.
import asyncio


async def worker(name, log):
    try:
        log.append(f"{name} start")
        await asyncio.sleep(10)
        log.append(f"{name} woke")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args!r}")
        raise
    finally:
        log.append(f"{name} finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        return "ignored the cancellation"


async def main():
    log = []
    t = asyncio.create_task(worker("w1", log))
    await asyncio.sleep(0)
    print(t.cancelling(), t.cancel("stop now"), t.cancelling())
    print(t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting the task:", repr(e))
    print(log, t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", repr(e))
    print(t.cancel(), t.uncancel(), t.uncancel(), t.uncancel())

    # Cancelled before it ever ran: the coroutine never starts.
    log = []
    t = asyncio.create_task(worker("w2", log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("before start:", repr(e), log)

    # A task that catches the cancellation and returns.
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # Cancelling a task that awaits another task cancels the inner one too.
    log = []
    inner = asyncio.create_task(worker("inner", log))

    async def outer_body():
        return await inner

    outer = asyncio.create_task(outer_body())
    await asyncio.sleep(0)
    outer.cancel("outer msg")
    await asyncio.gather(outer, return_exceptions=True)
    print(log, inner.cancelled(), outer.cancelled())

    # shield: the outer wait is cancelled, the inner task goes on.
    log = []
    inner = asyncio.create_task(asyncio.sleep(0.01, result="shielded result"))

    async def waits_shielded():
        return await asyncio.shield(inner)

    w = asyncio.create_task(waits_shielded())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; inner cancelled?", inner.cancelled())
    print(await inner)

    # gather: cancelling the outer future cancels the children.
    log = []
    g = asyncio.gather(worker("g1", log), worker("g2", log))
    await asyncio.sleep(0)
    print(g.cancel("gather msg"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled:", repr(e))
    print(log)

    # gather: one child cancelled makes the gather raise CancelledError, others go on.
    async def quick(x):
        await asyncio.sleep(0)
        return x

    t1 = asyncio.create_task(quick(1))
    t2 = asyncio.create_task(worker("t2", []))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather saw a cancelled child", t1.result())

    # return_exceptions=True: exceptions and cancellations become results.
    async def fails():
        raise KeyError("missing")

    t3 = asyncio.create_task(worker("t3", []))
    g = asyncio.gather(quick(7), fails(), t3, return_exceptions=True)
    await asyncio.sleep(0)
    t3.cancel("t3 msg")
    results = await g
    print([type(r).__name__ for r in results], results[0], repr(results[1]), repr(results[2]))

    # gather without return_exceptions: the first exception propagates, the others keep running.
    async def slow_ok():
        await asyncio.sleep(0.01)
        return "slow ok"

    slow = asyncio.create_task(slow_ok())
    try:
        await asyncio.gather(fails(), slow)
    except KeyError as e:
        print("gather raised", repr(e), slow.done())
    print(await slow)

    # Cancelling the task that runs asyncio.gather.
    log = []

    async def gatherer():
        await asyncio.gather(worker("c1", log), worker("c2", log))

    gt = asyncio.create_task(gatherer())
    await asyncio.sleep(0)
    gt.cancel()
    await asyncio.gather(gt, return_exceptions=True)
    print(log, gt.cancelled())

    print(await asyncio.gather())


asyncio.run(main())


# Tasks still pending when main returns are cancelled by asyncio.run, their finally blocks run.
async def leave_pending():
    log = []
    asyncio.create_task(worker("left", log))
    asyncio.create_task(worker("left2", log))
    await asyncio.sleep(0)
    return log


log = asyncio.run(leave_pending())
print(sorted(log))
