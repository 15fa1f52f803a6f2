# An exception raised in an async generator, through an async list comprehension: the
# traceback shows the coroutine, the <listcomp> frame and the generator.

async def agen(n):
    for i in range(n):
        yield 10 // (2 - i)


async def main():
    return [x async for x in agen(4)]


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(main()))
