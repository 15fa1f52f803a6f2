# asyncio queues: producers and consumers, join/task_done, bounded puts, priority and LIFO order.
import asyncio


async def producer(q, name, n, log):
    for i in range(n):
        await q.put(f"{name}{i}")
        log.append(f"put {name}{i}")
    log.append(f"{name} finished")


async def consumer(q, name, log):
    while True:
        item = await q.get()
        log.append(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize(), str(q))
    log = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(2)]
    producers = [asyncio.create_task(producer(q, p, 3, log)) for p in "xy"]
    await asyncio.gather(*producers)
    await q.join()
    print(q.empty(), str(q))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    for line in log:
        print(line)

    q = asyncio.Queue(1)
    q.put_nowait("only")
    try:
        q.put_nowait("more")
    except asyncio.QueueFull:
        print("QueueFull", q.full(), str(q))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # A get() that times out leaves the queue usable.
    try:
        await asyncio.wait_for(q.get(), 0.001)
    except TimeoutError:
        print("get timed out", str(q))
    q.put_nowait("after")
    print(await q.get())

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(4)])

    # Waiting getters are served in the order they came.
    q = asyncio.Queue()
    got = []

    async def getter(name):
        got.append((name, await q.get()))

    tasks = [asyncio.create_task(getter(n)) for n in "abc"]
    await asyncio.sleep(0)
    print(str(q))
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*tasks)
    print(got)


asyncio.run(main())
