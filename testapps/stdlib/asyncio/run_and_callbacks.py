# asyncio.run, the loop's callback order (call_soon FIFO, timers by deadline), futures and tasks.
import asyncio


async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    print(asyncio.get_event_loop() is loop)

    # Timers run by deadline, those with equal deadlines in the order they were scheduled. The
    # deadlines share one base: call_later() reads the clock at each call.
    order = []
    now = loop.time()
    loop.call_soon(order.append, "soon-1")
    loop.call_at(now + 0.02, order.append, "at+0.02")
    loop.call_at(now + 0.01, order.append, "at+0.01")
    loop.call_at(now + 0.005, order.append, "at+0.005")
    loop.call_at(now + 0.01, order.append, "at+0.01 again")
    loop.call_soon(order.append, "soon-2")
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    t = loop.call_at(now + 0.015, order.append, "timer-cancelled")
    t.cancel()
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0.03)
    print(order)
    fired = []
    timer = loop.call_later(0.001, fired.append, "call_later fired")
    print(type(timer).__name__, timer.when() > now)
    await asyncio.sleep(0.005)
    print(fired)

    # sleep(0) lets the other ready tasks run once.
    steps = []

    async def stepper(name, n):
        for i in range(n):
            steps.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(stepper("a", 3), stepper("b", 2), stepper("c", 1))
    print(steps)

    print(await asyncio.sleep(0.001, result="slept"))
    print(await asyncio.gather(compute(1, 0.01), compute(2, 0), compute(3, 0.005)))

    fut = loop.create_future()
    print(fut, fut.done(), asyncio.isfuture(fut))
    fut.add_done_callback(lambda f: print("callback 1 got", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 got", f.result()))
    loop.call_soon(fut.set_result, 42)
    print(await fut, fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    def cb(f):
        print("never")
    f2.add_done_callback(cb)
    f2.add_done_callback(cb)
    print(f2.remove_done_callback(cb), f2.remove_done_callback(cb))
    f2.set_exception(ValueError("bad"))
    print(f2, repr(f2.exception()))
    try:
        await f2
    except ValueError as e:
        print("awaited:", e)

    task = asyncio.create_task(compute(5, 0), name="worker")
    print(task.get_name(), asyncio.current_task().get_name())
    print(task in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print(await task, task.done(), task.result())
    task.set_name("renamed")
    print(task.get_name(), task.get_coro().__qualname__)
    print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutinefunction(print))
    coro = compute(1, 0)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(compute))
    print(await asyncio.ensure_future(coro))
    nested = compute(1, 0)
    try:
        asyncio.run(nested)
    except RuntimeError as e:
        print("RuntimeError:", e)
        nested.close()
    return "main done"


print(asyncio.run(main()))

loop = asyncio.new_event_loop()
print(loop.run_until_complete(compute(21, 0)))
loop.call_soon(print, "from run_forever")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
