# yield await ...: an async generator yields what it awaited (also from an async comprehension
# and a conditional await), and receives what asend() sends.

class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v

def run(coro):
    log = []
    while True:
        try:
            log.append(coro.send(None))
        except StopIteration as e:
            return log, e.value

async def agen():
    yield await Tick(1)
    got = yield await Tick(2) + 10
    print("got", got)
    yield [x async for x in inner()]
    yield (await Tick("a")) if await Tick(False) else await Tick("b")

async def inner():
    yield "i"

async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.asend("sent"))
    print(await g.__anext__())
    async for rest in g:
        print("rest", rest)
    return "ok"

print(run(main()))
