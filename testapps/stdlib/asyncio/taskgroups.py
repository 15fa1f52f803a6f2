# TaskGroup: results, the first failure cancelling the siblings, ExceptionGroup with except*.
import asyncio


async def job(name, delay, log, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail is not None:
            raise fail
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.01, log))
        t2 = tg.create_task(job("b", 0, log), name="job-b")
        print(repr(tg))
    print(repr(tg), t1.result(), t2.result(), t2.get_name(), log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0, log))
            tg.create_task(job("bad", 0.01, log, ValueError("bad value")))
            tg.create_task(job("slow", 1, log))
            await asyncio.sleep(1)
            log.append("body not cancelled?")
    except* ValueError as eg:
        print("except* ValueError:", repr(eg), [repr(e) for e in eg.exceptions])
    print(log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("k", 0, log, KeyError("k")))
            tg.create_task(job("t", 0, log, TypeError("t")))
            tg.create_task(job("s", 1, log))
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [repr(e) for e in eg.exceptions])
    print(log)

    # An error in the body itself joins the group.
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("sibling", 1, log))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions])
    print(log)

    # Nested groups: the inner group's ExceptionGroup is one error of the outer group.
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(job("deep", 0, [], OSError("deep")))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(repr(eg.exceptions[0]))

    tg = asyncio.TaskGroup()
    coro = job("x", 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    coro = job("y", 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    # The group's task cancelled from outside: the tasks are cancelled, CancelledError propagates.
    log = []

    async def runs_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("g1", 1, log))
            tg.create_task(job("g2", 1, log))

    t = asyncio.create_task(runs_group())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled", sorted(log))


asyncio.run(main())


async def uncaught():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("boom", 0, [], ZeroDivisionError("division by zero")))


try:
    asyncio.run(uncaught())
except* ZeroDivisionError as eg:
    print("from asyncio.run:", repr(eg))
