# Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier between tasks.
import asyncio


def state(obj):
    # The state part of the repr, without the address: <asyncio.locks.Lock object at 0x... [locked]>.
    text = repr(obj)
    return text[text.index("["):]


async def main():
    lock = asyncio.Lock()
    log = []

    async def critical(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0)
            log.append(f"{name} out")

    print(state(lock), lock.locked())
    tasks = [asyncio.create_task(critical(n)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(lock))
    await asyncio.gather(*tasks)
    print(log, state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # A waiter cancelled while queued for the lock does not take it.
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(waiter.cancelled(), lock.locked())

    event = asyncio.Event()
    woken = []

    async def wait_event(name):
        await event.wait()
        woken.append(name)

    tasks = [asyncio.create_task(wait_event(n)) for n in "xyz"]
    await asyncio.sleep(0)
    print(state(event), event.is_set(), woken)
    event.set()
    await asyncio.gather(*tasks)
    print(state(event), woken, await event.wait())
    event.clear()
    print(event.is_set())

    cond = asyncio.Condition()
    items = []
    consumed = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            consumed.append((name, items.pop(0)))

    tasks = [asyncio.create_task(consume(n)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(consumed, state(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(name):
        async with sem:
            active.append(name)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(name)

    print(state(sem))
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(max(peak), state(sem), sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    barrier = asyncio.Barrier(3)
    order = []

    async def arrive(name, turns):
        for _ in range(turns):
            await asyncio.sleep(0)
        order.append(f"{name} arrives")
        index = await barrier.wait()
        order.append(f"{name} passes")
        return index

    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    indexes = await asyncio.gather(arrive("p", 2), arrive("q", 0), arrive("r", 1))
    print(order, sorted(indexes), state(barrier))

    blocked = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(barrier.n_waiting)
    await barrier.abort()
    try:
        await blocked
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, barrier.broken, state(barrier))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
