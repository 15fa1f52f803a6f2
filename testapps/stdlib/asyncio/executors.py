# Blocking calls off the event loop: asyncio.to_thread, loop.run_in_executor (the default executor
# and a ThreadPoolExecutor of our own), wrap_future, run_coroutine_threadsafe and
# call_soon_threadsafe from other threads. Results are printed in the order they are awaited,
# never in the order the threads happen to finish.
import asyncio
import concurrent.futures
import contextvars
import os
import threading
import time
import traceback

request_id = contextvars.ContextVar("request_id", default="none")


def frames(exc):
    return [(os.path.basename(f.filename), f.name) for f in traceback.extract_tb(exc.__traceback__)]


def blocking_sum(n, *, scale=1):
    time.sleep(0.01)
    return sum(range(n)) * scale


def worker_name():
    return threading.current_thread().name.rstrip("0123456789")


def read_context():
    before = request_id.get()
    request_id.set("changed in worker")
    return before, request_id.get()


def fail(kind):
    if kind == "value":
        raise ValueError("bad input in worker")
    raise KeyError(kind)


def no_loop_here():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        running = f"RuntimeError: {e}"
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        current = str(e).startswith("There is no current event loop in thread 'asyncio_")
    return running, current


async def basics():
    print("to_thread:", await asyncio.to_thread(blocking_sum, 10))
    print("to_thread kwargs:", await asyncio.to_thread(blocking_sum, 5, scale=3))
    print("worker thread:", await asyncio.to_thread(worker_name))
    print("caller thread:", threading.current_thread().name)
    results = await asyncio.gather(*(asyncio.to_thread(blocking_sum, n) for n in range(1, 8)))
    print("gathered:", results)
    loop = asyncio.get_running_loop()
    print("run_in_executor:", await loop.run_in_executor(None, blocking_sum, 100))
    print("loop inside worker:", await asyncio.to_thread(no_loop_here))


async def contexts():
    request_id.set("req-42")
    print("worker sees:", await asyncio.to_thread(read_context))
    print("caller still:", request_id.get())
    seen = []
    t = threading.Thread(target=lambda: seen.append(request_id.get()))
    t.start()
    t.join()
    print("plain thread starts empty:", seen)
    loop = asyncio.get_running_loop()
    # run_in_executor does not copy the context: the worker runs in its own.
    print("run_in_executor context:", await loop.run_in_executor(None, request_id.get))


async def errors():
    for kind in ("value", "missing"):
        try:
            await asyncio.to_thread(fail, kind)
        except (ValueError, KeyError) as e:
            print(f"caught {type(e).__name__}: {e}")
            print("  frames:", frames(e))
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, fail, "value")
    try:
        await fut
    except ValueError as e:
        print("run_in_executor raised:", repr(e), fut.done(), repr(fut.exception()))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("set_default_executor:", e)
    try:
        await asyncio.wait_for(asyncio.to_thread(time.sleep, 0.3), timeout=0.02)
    except TimeoutError:
        print("wait_for timed out; the thread keeps running")


async def own_executor():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        names = await asyncio.gather(*(loop.run_in_executor(pool, worker_name) for _ in range(4)))
        print("pool workers:", sorted(set(names)))
        squares = await asyncio.gather(*(loop.run_in_executor(pool, pow, n, 2) for n in range(6)))
        print("squares:", squares)
        cf = pool.submit(blocking_sum, 20)
        wrapped = asyncio.wrap_future(cf)
        print("wrap_future:", type(wrapped).__name__, await wrapped, cf.result())
        print("wrap of asyncio future is itself:", asyncio.wrap_future(wrapped) is wrapped)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as single:
        gate = threading.Event()
        first = asyncio.wrap_future(single.submit(gate.wait))
        queued_cf = single.submit(blocking_sum, 3)
        queued = asyncio.wrap_future(queued_cf)
        queued.cancel()
        await asyncio.sleep(0)
        print("cancelling the asyncio side cancels the queued call:", queued_cf.cancelled())
        gate.set()
        print("first finished:", await first)


async def from_other_threads():
    loop = asyncio.get_running_loop()

    async def add(a, b):
        await asyncio.sleep(0)
        return a + b

    async def boom():
        raise LookupError("inside the loop")

    def submit_coroutines():
        ok = asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(timeout=5)
        try:
            asyncio.run_coroutine_threadsafe(boom(), loop).result(timeout=5)
        except LookupError as e:
            failed = f"{type(e).__name__}: {e}"
        return ok, failed

    print("run_coroutine_threadsafe:", await asyncio.to_thread(submit_coroutines))
    try:
        asyncio.run_coroutine_threadsafe(add, loop)
    except TypeError as e:
        print("not a coroutine:", e)

    # Nothing else is scheduled: only the other thread's call_soon_threadsafe wakes the loop.
    fut = loop.create_future()

    def later():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, "woken by a thread")

    t = threading.Thread(target=later)
    t.start()
    print("call_soon_threadsafe:", await fut)
    t.join()

    # A loop of its own in another thread: asyncio.run works there too.
    def run_inner():
        return asyncio.run(add(20, 22))

    print("asyncio.run in a worker:", await asyncio.to_thread(run_inner))


async def shutdown():
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(time.sleep, 0.01)
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, print, "never")
    except RuntimeError as e:
        print("after shutdown_default_executor:", e)


def slow_report():
    time.sleep(0.2)
    print("slow call finished before asyncio.run returned")


async def leave_running():
    asyncio.get_running_loop().run_in_executor(None, slow_report)
    print("main coroutine returns")


asyncio.run(basics())
asyncio.run(contexts())
asyncio.run(errors())
asyncio.run(own_executor())
asyncio.run(from_other_threads())
asyncio.run(shutdown())
asyncio.run(leave_running())
print("asyncio.run returned")
print("threads left:", threading.active_count())


async def debug_checks():
    loop = asyncio.get_running_loop()
    try:
        loop.run_in_executor(None, basics)
    except TypeError as e:
        print("debug:", e)
    try:
        loop.call_soon_threadsafe(42)
    except TypeError as e:
        print("debug:", e)


asyncio.run(debug_checks(), debug=True)
