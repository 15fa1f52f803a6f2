# Exceptions through asyncio: which frames a traceback passes (file and function names; the
# library's own lines differ), callbacks that raise, exceptions nobody retrieved, custom handlers.
import asyncio
import os
import traceback


def frames(exc):
    return [(os.path.basename(f.filename), f.name) for f in traceback.extract_tb(exc.__traceback__)]


async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    t = asyncio.create_task(bad())
    await t


try:
    asyncio.run(main())
except ValueError as e:
    print("ValueError through run:", frames(e))


async def direct():
    raise KeyError("direct")


try:
    asyncio.run(direct())
except KeyError as e:
    print("KeyError through run:", frames(e))


async def hang():
    await asyncio.sleep(1)


async def times_out():
    await asyncio.wait_for(hang(), 0.001)


try:
    asyncio.run(times_out())
except TimeoutError as e:
    print("TimeoutError:", frames(e))
    print("its cause:", repr(e.__cause__), frames(e.__cause__))


async def cancelled_main():
    asyncio.current_task().cancel("cancelled main")
    await asyncio.sleep(0)


try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print("CancelledError:", repr(e), frames(e))


def failing_callback(x):
    raise ZeroDivisionError(f"callback {x}")


async def fire_and_forget():
    raise OSError("nobody awaited me")


async def with_default_handler():
    asyncio.create_task(fire_and_forget())
    await asyncio.sleep(0.001)
    print("main goes on")


asyncio.run(with_default_handler())


async def with_custom_handler():
    loop = asyncio.get_running_loop()

    def handler(loop, context):
        print("handler:", context["message"], repr(context.get("exception")), sorted(context))

    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(failing_callback, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom message", "detail": 42})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to the default handler", "detail": 43})


asyncio.run(with_custom_handler())


async def awaits_itself():
    await task


async def make_self_await():
    global task
    task = asyncio.create_task(awaits_itself())
    try:
        await task
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])


asyncio.run(make_self_await())
print("end")
