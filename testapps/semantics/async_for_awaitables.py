# The awaitable an `async for` awaits for each item: seen through cr_await while the loop is
# suspended inside the generator's body, it stays finished for good afterwards (no reuse shows);
# two loops taking turns on one generator, a loop that breaks and resumes, items that are
# awaitables, and an async generator that yields while being closed.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


async def agen(n):
    for i in range(n):
        got = await pause(("in-body", i))
        yield (i, got)


async def consumer(gen, seen):
    out = []
    async for item in gen:
        out.append(item)
    return out


def drive(coro, peek=None):
    sent = None
    steps = 0
    while True:
        try:
            yielded = coro.send(sent)
        except StopIteration as stop:
            return stop.value, steps
        steps += 1
        if peek is not None:
            peek(coro, yielded)
        sent = steps * 10


held = []


def peek(coro, yielded):
    aw = coro.cr_await
    held.append(aw)
    print("suspended on", type(aw).__name__, yielded)


result, steps = drive(consumer(agen(3), []), peek)
print("result", result, "steps", steps)
for aw in held:
    try:
        aw.send(None)
    except RuntimeError as e:
        print("reuse:", e)
    except StopIteration as e:
        print("stop", e.value)
print("distinct awaitables:", len({id(a) for a in held}) == len(held))


async def alternate():
    gen = agen(6)
    a = []
    b = []
    async for x in gen:
        a.append(x)
        async for y in gen:
            b.append(y)
            break
    return a, b


print(drive(alternate()))


async def resume_after_break():
    gen = agen(5)
    first = []
    async for x in gen:
        first.append(x[0])
        if len(first) == 2:
            break
    rest = [x[0] async for x in gen]
    return first, rest


print(drive(resume_after_break()))


async def items_are_awaitables():
    async def inner(k):
        return k * 2

    async def producer():
        for k in range(3):
            yield inner(k)

    out = []
    async for aw in producer():
        out.append(await aw)
    return out


print(drive(items_are_awaitables()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_stubborn():
    gen = stubborn()
    async for x in gen:
        print("got", x)
        break
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("aclose:", e)
    async for x in gen:
        print("after close", x)
    return "done"


print(drive(close_stubborn()))


async def manual():
    gen = agen(2)
    aw = gen.__anext__()
    first = await aw
    try:
        await aw
    except RuntimeError as e:
        print("manual reuse:", e)
    second = await gen.__anext__()
    return first, second


print(drive(manual()))
