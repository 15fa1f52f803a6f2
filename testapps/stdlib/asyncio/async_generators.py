# Async generators under asyncio: iteration with sleeps, aclose(), and the generators left
# unfinished when asyncio.run ends (shutdown_asyncgens closes them, running their finally blocks).
import asyncio

kept = []


async def ticker(name, delay):
    try:
        i = 0
        while True:
            await asyncio.sleep(delay)
            yield f"{name}{i}"
            i += 1
    finally:
        print(f"{name} finally")
        await asyncio.sleep(0)
        print(f"{name} cleaned up after an await")


async def countdown(n):
    while n:
        yield n
        n -= 1
        await asyncio.sleep(0)


async def main():
    print([x async for x in countdown(3)])
    gen = ticker("explicit", 0)
    print(await gen.__anext__(), await anext(gen))
    await gen.aclose()
    print("after aclose")

    left = ticker("left", 0)
    kept.append(left)
    async for value in left:
        print(value)
        if value == "left1":
            break

    never = ticker("never-started", 0)
    kept.append(never)

    async def consume():
        async for value in ticker("in-task", 0):
            print(value)

    task = asyncio.create_task(consume())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
