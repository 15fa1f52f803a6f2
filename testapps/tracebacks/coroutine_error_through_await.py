# An exception raised deep in an await chain, driven by hand: each coroutine is a frame.
async def fetch(key):
    data = {"a": 1}
    return data[key]

async def lookup(key):
    value = await fetch(key)
    return value * 2

async def main():
    print(await lookup("a"))
    print(await lookup("b"))

coro = main()
coro.send(None)
