# yield from is not allowed in a coroutine.
async def relay():
    yield from [1, 2]
