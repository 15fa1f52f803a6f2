# An exception from an async generator ends the async for that drives it.

async def agen():
    yield 1
    raise KeyError("inner")

async def main():
    async for x in agen():
        print(x)

c = main()
c.send(None)
