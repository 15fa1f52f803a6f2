# A pipeline of async generators, each stage reading the one before with `async for` (and an
# async generator expression among them), as stream-processing code written on asyncio does;
# a coroutine-driven accumulator fed with asend(), a stage stopped early with aclose(), and one
# that recovers from athrow().
import asyncio
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
ITEMS = 2000 * SIZE


async def numbers(n):
    for i in range(n):
        yield i


async def scaled(source, factor):
    async for x in source:
        yield x * factor


async def only_odd_positions(source):
    odd = False
    async for x in source:
        if odd:
            yield x
        odd = not odd


async def windows(source, width):
    window = []
    async for x in source:
        window.append(x)
        if len(window) == width:
            yield tuple(window)
            window.clear()
    if window:
        yield tuple(window)


async def ticking(source, every):
    # Hands control back to the loop now and then, as a stage waiting on I/O would.
    count = 0
    async for x in source:
        count += 1
        if count % every == 0:
            await asyncio.sleep(0)
        yield x


async def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            continue
        total += value
        count += 1


async def resilient(n):
    i = 0
    while i < n:
        try:
            yield i
        except ValueError as e:
            yield -len(str(e))
        i += 1


async def pipeline(n):
    source = ticking(scaled(numbers(n), 3), 97)
    squared = (x * x async for x in only_odd_positions(source) if x % 5 != 0)
    checksum = 0
    groups = 0
    async for group in windows(squared, 4):
        checksum = (checksum * 31 + sum(group)) % 1000000007
        groups += 1
    return checksum, groups


async def summing(n):
    acc = accumulator()
    await acc.asend(None)
    last = 0
    for i in range(n):
        last = await acc.asend(i % 11)
    await acc.aclose()
    return last


async def early_stop(n):
    taken = 0
    total = 0
    for start in range(0, n, 50):
        gen = scaled(numbers(start + 10), 2)
        async for x in gen:
            total += x
            taken += 1
            if x > 12:
                break
        await gen.aclose()
    return taken, total


async def throwing(n):
    gen = resilient(n)
    total = 0
    first = await gen.__anext__()
    total += first
    rounds = 0
    while True:
        try:
            if rounds % 3 == 0:
                total += await gen.athrow(ValueError("bad" * (rounds % 4)))
            total += await anext(gen)
        except StopAsyncIteration:
            break
        rounds += 1
    return total, rounds


async def main():
    for _ in range(4):
        print("pipeline", await pipeline(ITEMS))
    print("summing", await summing(ITEMS * 4))
    print("early_stop", await early_stop(ITEMS * 2))
    print("throwing", await throwing(ITEMS * 2))
    collected = [x async for x in windows(numbers(23), 5)]
    print("collected", collected)


asyncio.run(main())
